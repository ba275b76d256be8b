package fr.orthocab.support.answer;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an answer's placeholders with the request's values. A name in braces that is no placeholder
 * is left as written (and refused when the answer is saved, so that none reaches a customer by
 * mistake).
 */
final class AnswerFilling {
  private static final Pattern NAMED = Pattern.compile("\\{([\\p{L}_]{1,30})\\}");

  private AnswerFilling() {}

  static String fill(String body, Map<Placeholder, String> values) {
    Matcher m = NAMED.matcher(body);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String value = Placeholder.named(m.group(1)).map(values::get).orElse(null);
      m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  /** The names in braces that are no placeholder, as written, each once. */
  static Set<String> unknown(String body) {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher m = NAMED.matcher(body == null ? "" : body);
    while (m.find()) {
      if (Placeholder.named(m.group(1)).isEmpty()) {
        unknown.add(m.group());
      }
    }
    return unknown;
  }
}
