package fr.orthocab.support.portal;

import java.io.Serializable;

/**
 * An FAQ article as the portal shows it: its id, title and sanitised body in the customer's
 * language. Shared by the FAQ page and the new-request page's suggestions.
 */
public record SuggestedArticle(long id, String title, String body) implements Serializable {}
