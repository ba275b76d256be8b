package fr.orthocab.support.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A labelled corpus of src/test/resources/corpus (copied from the project's shared corpora, see its
 * README): rows of tab-separated fields, the first line naming them; " / " in a text stands for a
 * line break.
 */
final class Corpus {
  record Row(Map<String, String> fields) {
    String get(String name) {
      return fields.get(name).replace(" / ", "\n");
    }

    String label() {
      return fields.get("label");
    }

    String id() {
      return fields.get("id");
    }
  }

  private Corpus() {}

  static List<Row> load(String name) {
    InputStream in = Corpus.class.getResourceAsStream("/corpus/" + name);
    if (in == null) {
      throw new IllegalStateException("No corpus " + name);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
      List<Row> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> fields = new TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
          fields.put(header.get(i), i < cells.length ? cells[i] : "");
        }
        rows.add(new Row(fields));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
