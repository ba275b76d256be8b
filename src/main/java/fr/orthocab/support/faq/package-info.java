/**
 * The FAQ (FAQ-FIRST): articles in French (English optional) that supervisors write and publish,
 * searched with the desk's French analysis on the portal and suggested while a customer types a new
 * request; "this answered my question" ends the request before it is created and is counted, so
 * that supervisors see the deflection rate. Article bodies are sanitised HTML ({@link
 * fr.orthocab.support.faq.RichText}).
 */
package fr.orthocab.support.faq;
