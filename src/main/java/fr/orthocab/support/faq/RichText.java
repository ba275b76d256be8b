package fr.orthocab.support.faq;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML an article may hold: paragraphs, emphasis, headings, lists, quotes and links (http,
 * https, mailto only, opened with rel="noopener nofollow"). Scripts, styles, event handlers, images
 * and frames are dropped. Applied when an article is saved and again when it is shown.
 */
public final class RichText {
  private static final Safelist ALLOWED =
      new Safelist()
          .addTags(
              "p",
              "br",
              "b",
              "strong",
              "i",
              "em",
              "u",
              "s",
              "sub",
              "sup",
              "small",
              "code",
              "pre",
              "blockquote",
              "h3",
              "h4",
              "ul",
              "ol",
              "li",
              "a")
          .addAttributes("a", "href", "title")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addEnforcedAttribute("a", "rel", "noopener nofollow");

  private static final Document.OutputSettings COMPACT =
      new Document.OutputSettings().prettyPrint(false);

  private RichText() {}

  /** The allowed part of the HTML (null for null). */
  public static String clean(String html) {
    if (html == null) {
      return null;
    }
    return Jsoup.clean(html, "", ALLOWED, COMPACT);
  }

  /** The words a person reads, for the search (no tags, entities decoded). */
  public static String plain(String html) {
    if (html == null) {
      return "";
    }
    return Jsoup.parse(clean(html)).text();
  }
}
