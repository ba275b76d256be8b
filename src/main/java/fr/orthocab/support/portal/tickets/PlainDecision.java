package fr.orthocab.support.portal.tickets;

/**
 * One decision as its customer reads it: a sentence about their request, what they can do about it
 * (null when nothing is theirs to do), and whether it stops the request (a hold or a refusal).
 */
public record PlainDecision(String sentence, String whatToDo, boolean stops) {}
