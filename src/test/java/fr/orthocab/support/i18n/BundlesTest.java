package fr.orthocab.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundlesTest {
  private static Properties load(String name) throws IOException {
    try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    }
  }

  @Test
  void frenchAndEnglishPagesHaveTheSameKeys() throws IOException {
    Set<String> fr = new TreeSet<>(load("messages_fr.properties").stringPropertyNames());
    Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
    assertEquals(fr, en);
  }

  @Test
  void everyStatusCategoryChannelAndPriorityHasAWordingInBothLanguages() throws IOException {
    for (String bundle : new String[] {"messages_fr.properties", "messages_en.properties"}) {
      Properties texts = load(bundle);
      Stream.of(
              Stream.of(TicketStatus.values()),
              Stream.of(TicketCategory.values()),
              Stream.of(TicketChannel.values()),
              Stream.of(Priority.values()))
          .flatMap(s -> s)
          .map(e -> e.getDeclaringClass().getSimpleName() + "." + e.name())
          .forEach(key -> assertTrue(texts.containsKey(key), bundle + " lacks " + key));
    }
  }

  @Test
  void apostrophesAreDoubledExactlyInMessageFormatPatterns() throws IOException {
    for (String bundle : new String[] {"messages_fr.properties", "messages_en.properties"}) {
      Properties texts = load(bundle);
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        boolean pattern = text.contains("{0}") && !key.equals("form.charsLeft");
        String lone = text.replace("''", "");
        if (pattern) {
          assertTrue(!lone.contains("'"), bundle + " " + key + " has a single apostrophe");
        } else {
          assertTrue(!text.contains("''"), bundle + " " + key + " doubles an apostrophe");
        }
      }
    }
  }

  /**
   * Every literal key a page names ({@code msg['admin_x.y']}) and every key a backing bean or
   * capability passes to {@code Pages.info/error/errorHere/text} is in the bundle: a missing one is
   * an error page in front of a user.
   */
  @Test
  void everyKeyThePagesAndTheirBeansNameIsInTheBundle() throws IOException {
    Properties texts = load("messages_fr.properties");
    Pattern inPages = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    Pattern inCode =
        Pattern.compile("Pages\\.(?:info|error|errorHere|text)\\(\\s*\"([A-Za-z0-9_.]+)\"");
    Set<String> missing = new TreeSet<>();
    for (Path root : List.of(Path.of("src/main/webapp"), Path.of("src/main/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(xhtml|java)$")).toList()) {
          Matcher m =
              (file.toString().endsWith(".xhtml") ? inPages : inCode)
                  .matcher(Files.readString(file));
          while (m.find()) {
            String key = m.group(1);
            if (!key.endsWith(".") && !texts.containsKey(key)) {
              missing.add(file.getFileName() + ": " + key);
            }
          }
        }
      }
    }
    assertEquals(Set.of(), missing);
  }

  @Test
  void frenchTextsAreReadAsUtf8() throws IOException {
    assertEquals("Résolue", load("messages_fr.properties").getProperty("TicketStatus.RESOLVED"));
  }
}
