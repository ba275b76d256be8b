/**
 * Secrets customers paste into what they write (passwords given as such, French social security
 * numbers, payment card numbers, IBANs), found by pure detectors that check what can be checked
 * (the NIR's key, Luhn, the IBAN's mod 97) and masked before any other capability stores, indexes,
 * analyses or mails the text. The desk keeps only how many it masked, of which kind, where and
 * when, and which customers were told once never to send them.
 */
package fr.orthocab.support.secrets;
