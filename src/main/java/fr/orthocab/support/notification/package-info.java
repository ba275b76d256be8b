/**
 * What needs a member of the team, told on their screens (a count and a list in the admin header)
 * and, if they chose so, by mail: a customer answered on a request of theirs, a request was given
 * to them, a colleague named them in an internal note ({@code @lucie}), a warning or a breach of
 * the reply delay on theirs. Written in the transaction of the event it tells of, so a notification
 * exists exactly when its event does; read ones stay, marked read.
 */
package fr.orthocab.support.notification;
