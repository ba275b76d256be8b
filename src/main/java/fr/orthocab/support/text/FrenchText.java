package fr.orthocab.support.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The desk's French analysis: a text becomes the stems that carry its meaning. Accents are folded
 * away on both sides of every comparison, so "probleme" and "problème" read the same; repeated
 * letters and the customers' abbreviations are normalised by {@link Shorthand} before stemming. One
 * shared instance: Lucene analyzers are thread-safe (each thread reuses its own components).
 */
public final class FrenchText {
  private static final FrenchText INSTANCE = new FrenchText();

  private final Analyzer analyzer = new DeskAnalyzer(stopWords());

  private FrenchText() {}

  public static FrenchText analysis() {
    return INSTANCE;
  }

  /** The stems of the text, in order, stop words left out. */
  public List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** The text as counted stems, for similarity between two texts. */
  public TermVector vector(String text) {
    return TermVector.of(terms(text));
  }

  /** Lower case, no accents (Lucene's ASCII folding: "é" is "e", "œ" is "oe"). */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    char[] out = new char[lower.length() * 4];
    int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, out, 0, lower.length());
    return new String(out, 0, length);
  }

  /**
   * French stop words, folded as the tokens they are compared with, the auxiliaries Lucene's list
   * leaves in, and "svp"-like courtesies.
   */
  private static CharArraySet stopWords() {
    CharArraySet stops = new CharArraySet(256, false);
    for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
      stops.add(fold(word instanceof char[] c ? new String(c) : word.toString()));
    }
    stops.addAll(
        List.of(
            "est",
            "sont",
            "suis",
            "es",
            "sommes",
            "etes",
            "etait",
            "etaient",
            "ete",
            "ai",
            "as",
            "a",
            "avons",
            "avez",
            "ont",
            "avait",
            "svp",
            "stp",
            "merci",
            "bonjour",
            "cordialement",
            "the",
            "is",
            "to",
            "of",
            "and",
            "i",
            "my",
            "it"));
    return stops;
  }

  private static final class DeskAnalyzer extends Analyzer {
    private final CharArraySet stops;

    DeskAnalyzer(CharArraySet stops) {
      this.stops = stops;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new StringReader(Shorthand.joinPhrases(read(reader)));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
      stream = new LowerCaseFilter(stream);
      stream = new ASCIIFoldingFilter(stream);
      stream = new Shorthand(stream);
      stream = new StopFilter(stream, stops);
      stream = new FrenchLightStemFilter(stream);
      return new TokenStreamComponents(source, stream);
    }

    private static String read(Reader reader) {
      try {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1024];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
          text.append(buffer, 0, n);
        }
        return text.toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
