package fr.orthocab.support.mail.inbound.parsing;

import fr.orthocab.support.platform.Clip;
import fr.orthocab.support.platform.ShownText;

/**
 * A sender's file name made harmless to keep and to offer for download: no folders, no control
 * characters, no bidirectional controls (which showed {@code facture\u202Etxt.exe} as
 * "factureexe.txt": the real extension must show), no lone surrogates, at most 255 characters.
 * Pages still escape it when they show it.
 */
public final class FileNames {
  public static final int MAX = 255;

  private FileNames() {}

  public static String safe(String name) {
    String base = name == null ? "" : name;
    base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
    base = ShownText.line(base.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "_"));
    // the end keeps the extension
    base = Clip.last(base, MAX);
    // after the cut: the end of a long name may start with a dot, a hidden file once saved
    int shown = 0;
    while (shown < base.length()
        && (base.charAt(shown) == '.' || Character.isWhitespace(base.charAt(shown)))) {
      shown++;
    }
    base = base.substring(shown).strip();
    return base.isEmpty() ? "piece-jointe" : base;
  }
}
