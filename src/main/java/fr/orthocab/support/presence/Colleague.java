package fr.orthocab.support.presence;

/** Another agent on the same request: their name, and whether they are writing on it. */
public record Colleague(String name, boolean typing) {}
