/**
 * Reading a raw mail as the desk needs it, with no database nor container: Jakarta Mail parsing
 * (text part preferred, HTML turned into safe text), quoted history and signatures trimmed, ticket
 * references and thread ids, automatic senders told from people, identification answers read.
 */
package fr.orthocab.support.mail.inbound.parsing;
