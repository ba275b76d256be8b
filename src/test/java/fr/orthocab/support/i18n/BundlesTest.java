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
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
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

  @Test
  void frenchTextsAreReadAsUtf8() throws IOException {
    assertEquals("Résolue", load("messages_fr.properties").getProperty("TicketStatus.RESOLVED"));
  }
}
