package fr.orthocab.support.faq;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML an article may hold: paragraphs, emphasis, headings, lists, quotes and links (http,
 * https, mailto only, opened with rel="noopener nofollow"). Scripts, styles, classes, event
 * handlers, images and frames are dropped. Applied when an article is saved and again when it is
 * shown: the editor in the browser is never trusted.
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
              "h2",
              "h3",
              "h4",
              "ul",
              "ol",
              "li",
              "a")
          .addAttributes("a", "href", "title")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addEnforcedAttribute("a", "rel", "noopener nofollow");

  /** Quill marks the caret's pending format with this invisible character. */
  private static final String ZERO_WIDTH_NO_BREAK = "\uFEFF";

  private RichText() {}

  /** The allowed part of the HTML (null for null). */
  public static String clean(String html) {
    if (html == null) {
      return null;
    }
    Document dirty = Jsoup.parseBodyFragment(html.replace(ZERO_WIDTH_NO_BREAK, ""));
    fromQuill(dirty);
    Document clean = new Cleaner(ALLOWED).clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }

  /** The words a person reads, for the search (no tags, entities decoded). */
  public static String plain(String html) {
    if (html == null) {
      return "";
    }
    return Jsoup.parse(clean(html)).text();
  }

  /**
   * Quill 2 (PrimeFaces' p:textEditor) keeps every list in an {@code <ol>} and tells bullets from
   * numbers by {@code data-list} on each item; the allow-list drops that attribute, so without this
   * a bulleted list would be published numbered. A pasted top-level heading becomes a sub-heading:
   * the article's title is the page's heading.
   */
  private static void fromQuill(Document html) {
    html.select("span.ql-ui").remove();
    html.select("h1").tagName("h2");
    for (Element list : html.select("ol:has(> li[data-list])")) {
      splitByKind(list);
    }
  }

  /** Consecutive items of one kind become one list of the matching tag, in place. */
  private static void splitByKind(Element list) {
    Element run = null;
    for (Element item : list.children()) {
      String tag = "ordered".equals(item.attr("data-list")) ? "ol" : "ul";
      if (run == null || !run.normalName().equals(tag)) {
        run = new Element(tag);
        list.before(run);
      }
      run.appendChild(item);
    }
    list.remove();
  }
}
