package fr.orthocab.support.queueview;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * How a view is named in addresses ({@code ?view=}) and in the memory of the last view: a built-in
 * view's key, or {@code saved-} and a saved view's id. Read strictly: anything else names no view.
 */
public final class ViewKey {
  private static final String SAVED = "saved-";
  private static final Pattern SAVED_KEY = Pattern.compile(SAVED + "[1-9][0-9]{0,17}");

  private ViewKey() {}

  public static String saved(long id) {
    return SAVED + id;
  }

  /** The saved view's id that the key names, if it names one. */
  public static OptionalLong savedId(String key) {
    if (key == null || !SAVED_KEY.matcher(key).matches()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(key.substring(SAVED.length())));
  }

  /** Whether the key could name a view: a built-in one, or a saved one's form. */
  public static boolean isWellFormed(String key) {
    return key != null && (BuiltInView.byKey(key).isPresent() || savedId(key).isPresent());
  }
}
