/**
 * What a received mail proves about who sent it, beyond a {@code From:} anyone can write: that it
 * answers one of the desk's own mails (an unguessable Message-ID in its thread headers, or the
 * reply token of a plus-addressed Reply-To), or that the desk's receiving server, named in the
 * settings, found its sender's domain authenticated (DMARC, or SPF and DKIM aligned) in the topmost
 * {@code Authentication-Results} it wrote (RFC 8601). Plain Java, read without a container.
 */
package fr.orthocab.support.mail.inbound.proof;
