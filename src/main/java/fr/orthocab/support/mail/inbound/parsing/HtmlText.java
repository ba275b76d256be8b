package fr.orthocab.support.mail.inbound.parsing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A mail's HTML as plain text: scripts, styles, images (tracking pixels and remote images among
 * them), frames and forms are dropped, links keep their text; nothing of the markup survives, so
 * the text is safe wherever it is shown escaped.
 */
final class HtmlText {
  private static final String DROPPED =
      "head, script, style, noscript, template, img, picture, svg, math, iframe, frame, object,"
          + " embed, video, audio, canvas, form, input, button, select, textarea, link, meta";
  private static final String BLOCKS =
      "p, div, br, h1, h2, h3, h4, h5, h6, li, tr, table, blockquote, pre, hr, dt, dd, section,"
          + " article, header, footer, address";

  private HtmlText() {}

  static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document document = Jsoup.parse(html);
    document.select(DROPPED).remove();
    StringBuilder text = new StringBuilder();
    document.body().traverse(new Writer(text));
    return tidy(text.toString());
  }

  /**
   * At most one blank line in a row, no spaces nor tabs around lines. Line by line rather than with
   * regular expressions: "[ \\t]+\\n" backtracks quadratically on a long run of spaces.
   */
  static String tidy(String text) {
    StringBuilder tidy = new StringBuilder(text.length());
    boolean blank = false;
    for (String line : text.replace('\u00a0', ' ').split("\n", -1)) {
      String stripped = stripSpacesAndTabs(line);
      if (stripped.isEmpty() && blank) {
        continue;
      }
      blank = stripped.isEmpty();
      tidy.append(stripped).append('\n');
    }
    return tidy.toString().strip();
  }

  private static String stripSpacesAndTabs(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    return line.substring(start, end);
  }

  private static final class Writer implements NodeVisitor {
    private final StringBuilder text;

    Writer(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text.append(t.text());
      } else if (node instanceof Element e) {
        if (e.is(BLOCKS)) {
          lineBreak();
        }
        if (e.nameIs("li")) {
          text.append("- ");
        }
      }
    }

    /** A new line unless one was just started: nested blocks make one break, not several. */
    private void lineBreak() {
      if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
        text.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.is("p, h1, h2, h3, h4, h5, h6, table, blockquote, pre")) {
          lineBreak();
          text.append('\n');
        } else if (e.is(BLOCKS)) {
          lineBreak();
        }
        if (e.nameIs("a")) {
          String href = e.attr("href");
          if ((href.startsWith("http://") || href.startsWith("https://"))
              && !e.text().strip().equals(href)) {
            text.append(" (").append(href).append(')');
          }
        }
      }
    }
  }
}
