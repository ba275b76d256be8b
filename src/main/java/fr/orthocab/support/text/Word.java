package fr.orthocab.support.text;

/**
 * A word as the customer wrote it, where it stands in the text ({@code start} inclusive, {@code
 * end} exclusive) and its folded form (lower case, no accents).
 */
public record Word(String written, String folded, int start, int end) {}
