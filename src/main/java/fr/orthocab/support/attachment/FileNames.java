package fr.orthocab.support.attachment;

import java.text.Normalizer;

/**
 * A file's name as the desk keeps it: the last part of whatever path a browser sent, without
 * control characters or path separators, at most 200 characters (its extension kept).
 */
final class FileNames {
  static final int MAX = 200;

  private FileNames() {}

  static String safe(String given) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"<>|:*?]", "");
    name = name.strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "fichier";
    }
    if (name.length() > MAX) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX - extension.length()) + extension;
    }
    return name;
  }
}
