package fr.orthocab.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 AA contrast of desk.css's colour pairs (1.4.3 text: 4.5:1; 1.4.11 focus rings and the
 * boundaries of controls: 3:1). A rule's text colour is read against its own background; a rule
 * with text and no background of its own, against the backgrounds it is shown on (white cards, the
 * page's grey, and the tinted boxes declared below); a tag with a background and no colour carries
 * Saga's white text. Each pair is printed with its ratio.
 */
class StylesheetContrastTest {
  private static final Path STYLESHEET = Path.of("src/main/webapp/resources/css/desk.css");
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
  private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
  private static final double TEXT = 4.5;
  private static final double NON_TEXT = 3.0;

  /**
   * Where text without a background of its own is read: cards, the page, the desk's tinted boxes.
   */
  private static final List<String> SURFACES = List.of("#ffffff", "--bg");

  /** Text on a parent's background that the rules cannot tell: [what, text, background]. */
  private static final List<String[]> ON_PARENT =
      List.of(
          new String[] {"muted hint on an internal note", "--muted", "#fffbea"},
          new String[] {"link on an internal note", "--accent", "#fffbea"},
          new String[] {"muted time on the held notice", "--muted", "#fff8e6"},
          new String[] {"link in the presence box", "--accent", "#eef6f9"},
          new String[] {"link in the canned answer's action", "--accent", "#eef6f9"},
          new String[] {"link on the current queue row", "--accent", "#fff3c4"},
          new String[] {"link in the active filter", "--accent", "#e8f1f4"},
          new String[] {"SLA due level on a warning", "#46525c", "#fff6dc"},
          new String[] {"SLA due level on a missed objective", "#46525c", "#ffe8dc"},
          new String[] {"SLA due level on a breach", "#46525c", "#fde2e0"},
          new String[] {"text in the changed banner", "#1d2731", "#fff4e5"},
          new String[] {"link in the changed banner", "--accent", "#fff4e5"},
          new String[] {"text on the drop zone", "#1d2731", "#f7f9fb"},
          new String[] {"link on the drop zone", "--accent", "#f7f9fb"},
          new String[] {"outlined button on the page", "--accent", "--bg"},
          new String[] {"text on Saga's message of error", "#1d2731", "#ffe7e6"},
          new String[] {"skip link", "#ffffff", "--accent"});

  /** Focus rings and the boundaries of controls (3:1): [what, colour, background]. */
  private static final List<String[]> NON_TEXT_PAIRS =
      List.of(
          new String[] {"focus ring on white", "--focus", "#ffffff"},
          new String[] {"focus ring on the page", "--focus", "--bg"},
          new String[] {"focus ring on an internal note", "--focus", "#fffbea"},
          new String[] {"search box's border", "#7a8a99", "#ffffff"},
          new String[] {"drop zone's border", "#7a8a99", "#f7f9fb"});

  private final String css = read();
  private final Map<String, String> variables = variables(css);

  @Test
  void everyTextColourReadsAtFourAndAHalfToOneOnItsBackground() {
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Pair pair : textPairs()) {
      double ratio = ratio(pair.text(), pair.background());
      String line =
          "%5.2f:1  %s  %s on %s".formatted(ratio, pair.what(), pair.text(), pair.background());
      report.add(line);
      if (ratio < TEXT) {
        failures.add(line);
      }
    }
    report.forEach(System.out::println);
    assertTrue(report.size() > 60, "the stylesheet's pairs were read: " + report.size());
    assertEquals(List.of(), failures, "text under 4.5:1");
  }

  @Test
  void focusRingsAndControlBordersReadAtThreeToOne() {
    assertTrue(css.contains(":focus-visible"), "a visible focus");
    List<String> failures = new ArrayList<>();
    for (String[] pair : NON_TEXT_PAIRS) {
      double ratio = ratio(colour(pair[1]), colour(pair[2]));
      String line = "%5.2f:1  %s".formatted(ratio, pair[0]);
      System.out.println(line);
      if (ratio < NON_TEXT) {
        failures.add(line);
      }
    }
    assertEquals(List.of(), failures, "focus ring or border under 3:1");
  }

  @Test
  void theRatioIsWcags() {
    assertEquals(21.0, ratio("#000000", "#ffffff"), 0.01);
    assertEquals(1.0, ratio("#777", "#777777"), 0.01);
    assertEquals(4.48, ratio("#777777", "#ffffff"), 0.01);
  }

  private List<Pair> textPairs() {
    List<Pair> pairs = new ArrayList<>();
    Matcher rule = RULE.matcher(css);
    while (rule.find()) {
      String selector = rule.group(1).strip().replaceAll("\\s+", " ");
      Map<String, String> declarations = declarations(rule.group(2));
      String text = solid(declarations.get("color"));
      String background =
          solid(declarations.getOrDefault("background-color", declarations.get("background")));
      if (text == null && background != null && carriesWhiteText(selector, declarations)) {
        text = "#ffffff";
      }
      if (text == null) {
        continue;
      }
      if (background != null) {
        pairs.add(new Pair(selector, text, background));
      } else {
        for (String surface : SURFACES) {
          pairs.add(new Pair(selector, text, colour(surface)));
        }
      }
    }
    for (String[] declared : ON_PARENT) {
      pairs.add(new Pair(declared[0], colour(declared[1]), colour(declared[2])));
    }
    return pairs;
  }

  /**
   * Saga's tags (p:tag, also the flags' kinds) and filled buttons write white on their background.
   */
  private static boolean carriesWhiteText(String selector, Map<String, String> declarations) {
    boolean tag = selector.contains(".ui-tag");
    boolean filledButton =
        selector.contains(".ui-button")
            && !selector.contains("outlined")
            && !selector.contains("-flat")
            && !selector.contains("-text")
            && declarations.containsKey("border-color");
    return tag
        || filledButton
        || selector.contains(".unread-count")
        || selector.contains(".flag-kind");
  }

  /** A declaration's colour when it is one solid colour (a hex or a variable), else null. */
  private String solid(String value) {
    if (value == null) {
      return null;
    }
    String v = value.replace("!important", "").strip();
    Matcher variable = Pattern.compile("^var\\((--[\\w-]+)\\)$").matcher(v);
    if (variable.matches()) {
      return colour(variable.group(1));
    }
    return HEX.matcher(v).matches() ? normalised(v) : null;
  }

  private String colour(String name) {
    if (name.startsWith("--")) {
      String value = variables.get(name);
      if (value == null) {
        throw new AssertionError("no variable " + name + " in :root");
      }
      return normalised(value);
    }
    return normalised(name);
  }

  private static String normalised(String hex) {
    String h = hex.strip().toLowerCase(Locale.ROOT).substring(1);
    if (h.length() == 3) {
      h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
    }
    return "#" + h;
  }

  private static Map<String, String> declarations(String block) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String declaration : block.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0) {
        found.put(
            declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            declaration.substring(colon + 1).strip());
      }
    }
    return found;
  }

  private static Map<String, String> variables(String css) {
    Matcher root = Pattern.compile(":root\\s*\\{([^}]*)}").matcher(css);
    assertTrue(root.find(), "desk.css declares its colours in :root");
    Map<String, String> found = new LinkedHashMap<>();
    declarations(root.group(1)).forEach((k, v) -> found.put(k, v));
    return found;
  }

  static double ratio(String first, String second) {
    double a = luminance(normalised(first));
    double b = luminance(normalised(second));
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String hex) {
    double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static String read() {
    try {
      return Files.readString(STYLESHEET).replaceAll("(?s)/\\*.*?\\*/", "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private record Pair(String what, String text, String background) {}
}
