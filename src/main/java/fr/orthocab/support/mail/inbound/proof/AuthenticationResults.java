package fr.orthocab.support.mail.inbound.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code Authentication-Results} field (RFC 8601) read in a single pass, without regular
 * expressions: its authserv-id and each method's result with its properties. Comments are dropped,
 * quoted strings kept whole; names are lower-cased, values kept as written. A field this reader
 * cannot make sense of proves nothing (empty).
 */
public record AuthenticationResults(String authservId, List<Result> results) {
  /** Past this, a field is no honest server's: nothing is read from it. */
  static final int MAX_LENGTH = 8_000;

  /** One method's verdict, e.g. {@code dmarc=pass header.from=example.fr}. */
  public record Result(String method, String result, Map<String, String> properties) {
    /** A property such as {@code header.from}, or null. */
    public String property(String name) {
      return properties.get(name.toLowerCase(Locale.ROOT));
    }
  }

  public static Optional<AuthenticationResults> parse(String value) {
    if (value == null || value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    List<List<String>> statements = statements(value);
    if (statements == null || statements.isEmpty() || statements.get(0).isEmpty()) {
      return Optional.empty();
    }
    String authservId = statements.get(0).get(0);
    if (authservId.equals("=")) {
      return Optional.empty();
    }
    List<Result> results = new ArrayList<>();
    if (statements.size() == 2 && statements.get(1).equals(List.of("none"))) {
      return Optional.of(new AuthenticationResults(authservId, List.of()));
    }
    for (List<String> statement : statements.subList(1, statements.size())) {
      Result result = result(statement);
      if (result == null) {
        return Optional.empty();
      }
      results.add(result);
    }
    return Optional.of(new AuthenticationResults(authservId, List.copyOf(results)));
  }

  /** {@code method = result} then {@code name = value} pairs, the method's version dropped. */
  private static Result result(List<String> tokens) {
    if (tokens.size() < 3 || tokens.size() % 3 != 0) {
      return null;
    }
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i += 3) {
      String name = tokens.get(i);
      String value = tokens.get(i + 2);
      if (!tokens.get(i + 1).equals("=") || name.equals("=") || value.equals("=")) {
        return null;
      }
      if (i > 0) {
        properties.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
      }
    }
    String method = tokens.get(0).toLowerCase(Locale.ROOT);
    int slash = method.indexOf('/');
    return new Result(
        slash < 0 ? method : method.substring(0, slash),
        tokens.get(2).toLowerCase(Locale.ROOT),
        Map.copyOf(properties));
  }

  /**
   * The field's statements (split at ';'), each a list of tokens: words, quoted strings (unquoted)
   * and '='. Null when a quoted string or comment is left open.
   */
  private static List<List<String>> statements(String value) {
    List<List<String>> statements = new ArrayList<>();
    List<String> statement = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && (quoted || depth > 0) && i + 1 < value.length()) {
        if (quoted) {
          word.append(value.charAt(i + 1));
        }
        i++;
      } else if (depth > 0) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      } else if (quoted) {
        if (c == '"') {
          quoted = false;
        } else {
          word.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(') {
        flush(word, statement);
        depth = 1;
      } else if (c == ';') {
        flush(word, statement);
        statements.add(statement);
        statement = new ArrayList<>();
      } else if (c == '=') {
        flush(word, statement);
        statement.add("=");
      } else if (Character.isWhitespace(c)) {
        flush(word, statement);
      } else {
        word.append(c);
      }
    }
    if (quoted || depth > 0) {
      return null;
    }
    flush(word, statement);
    statements.add(statement);
    return statements;
  }

  private static void flush(StringBuilder word, List<String> statement) {
    if (!word.isEmpty()) {
      statement.add(word.toString());
      word.setLength(0);
    }
  }
}
