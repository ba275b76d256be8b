package fr.orthocab.support.ticket;

import fr.orthocab.support.text.SearchTerms;
import jakarta.persistence.Query;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JPQL that matches an agent's words against search documents (alias given), and ranks the
 * tickets found. Every term must be in the document. PostgreSQL reads the terms through its GIN
 * index on the stored vector ({@code terms_vector}, see changelog 0041) and ranks with {@code
 * ts_rank}; H2 finds each {@code " term "} in the space-padded terms and ranks by how often they
 * occur. Both compare whole terms, so both find the same tickets.
 */
public final class WordMatch {
  private static final Pattern TERM = Pattern.compile("[a-z0-9]+");

  private final List<String> terms;
  private final boolean postgres;

  private WordMatch(List<String> terms, boolean postgres) {
    this.terms = terms;
    this.postgres = postgres;
  }

  /** The match for what was typed; one that left no term (only stop words) matches nothing. */
  public static WordMatch of(String words, boolean postgres) {
    List<String> terms = List.copyOf(SearchTerms.ofQuery(words));
    terms.forEach(
        term -> {
          if (!TERM.matcher(term).matches()) {
            throw new IllegalStateException("Not a search term: " + term);
          }
        });
    return new WordMatch(terms, postgres);
  }

  public List<String> terms() {
    return terms;
  }

  /** The condition on the document {@code d}. */
  public String condition(String d) {
    if (terms.isEmpty()) {
      return "1 = 0";
    }
    if (postgres) {
      return "SQL('? @@ plainto_tsquery(''simple'', ?)', COLUMN('terms_vector', "
          + d
          + "), :searchQuery) = true";
    }
    StringBuilder condition = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      condition.append(i == 0 ? "" : " and ").append(d).append(".terms like :searchTerm").append(i);
    }
    return condition.toString();
  }

  /**
   * The rank of the document {@code d}, higher first. The terms are written into H2's expression:
   * they are letters and digits only ({@link SearchTerms}), checked in {@link #of}.
   */
  public String rank(String d) {
    if (terms.isEmpty()) {
      return "t.id";
    }
    if (postgres) {
      return "SQL('ts_rank(?, plainto_tsquery(''simple'', ?))', COLUMN('terms_vector', "
          + d
          + "), :searchQuery)";
    }
    StringBuilder occurrences = new StringBuilder("SQL('(0");
    for (String term : terms) {
      occurrences
          .append(" + (length(?) - length(replace(?, '' ")
          .append(term)
          .append(" '', '' ''))) / ")
          .append(term.length() + 1);
    }
    occurrences.append(")'");
    for (int i = 0; i < terms.size(); i++) {
      occurrences.append(", ").append(d).append(".terms, ").append(d).append(".terms");
    }
    return occurrences.append(")").toString();
  }

  /** Binds what {@link #condition} (and {@link #rank}) read. */
  public void bind(Query query) {
    if (terms.isEmpty()) {
      return;
    }
    if (postgres) {
      query.setParameter("searchQuery", String.join(" ", terms));
      return;
    }
    for (int i = 0; i < terms.size(); i++) {
      query.setParameter("searchTerm" + i, "% " + terms.get(i) + " %");
    }
  }
}
