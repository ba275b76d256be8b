package fr.orthocab.support.screening;

/**
 * An offensive word found in a text: as written, where ({@code start} inclusive, {@code end}
 * exclusive, for highlighting), and the lexicon's entry it was read as.
 */
public record OffensiveWord(String written, String entry, int start, int end) {}
