package fr.orthocab.support.mail.inbound.parsing;

/**
 * A sender's file name made harmless to keep and to offer for download: no folders, no control
 * characters, at most 255 characters. Pages still escape it when they show it.
 */
public final class FileNames {
  public static final int MAX = 255;

  private FileNames() {}

  public static String safe(String name) {
    String base = name == null ? "" : name;
    base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
    base = base.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "_").strip();
    while (base.startsWith(".")) {
      base = base.substring(1);
    }
    if (base.isBlank()) {
      return "piece-jointe";
    }
    return base.length() <= MAX ? base : base.substring(base.length() - MAX);
  }
}
