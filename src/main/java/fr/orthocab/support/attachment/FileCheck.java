package fr.orthocab.support.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * Reads what each file is from its content (Apache Tika's magic bytes; the name only refines a
 * family the content already shows, such as which office document a zip is) and says which are
 * refused, and why. A renamed program stays a program; a PDF named .txt stays a PDF.
 */
public final class FileCheck {
  private static final Tika TIKA = new Tika();

  private FileCheck() {}

  /** What the content is, as a media type without parameters. */
  public static String typeOf(Upload file) {
    String detected = TIKA.detect(file.content(), file.name());
    int parameters = detected.indexOf(';');
    return parameters < 0 ? detected : detected.substring(0, parameters);
  }

  /** Each refused file with its reason, in the order given; none when all are taken. */
  public static List<Problem> check(List<Upload> files, FileLimits limits) {
    List<Problem> problems = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      Upload file = files.get(i);
      total += file.content().length;
      refusal(file, limits).ifPresent(reason -> problems.add(new Problem(file.name(), reason)));
      if (i >= FileLimits.MAX_FILES) {
        problems.add(new Problem(file.name(), FileRefusal.TOO_MANY));
      }
    }
    if (total > limits.maxTotalBytes() && problems.isEmpty()) {
      problems.add(new Problem(files.get(files.size() - 1).name(), FileRefusal.TOO_MANY));
    }
    return problems;
  }

  /**
   * Each file on its own: the ones taken, and each refused one with its reason (past {@link
   * FileLimits#MAX_FILES}, or once the files together pass the total, the rest are too many).
   */
  public static Sorted sort(List<Upload> files, FileLimits limits) {
    List<Upload> kept = new ArrayList<>();
    List<Problem> refused = new ArrayList<>();
    long total = 0;
    for (Upload file : files) {
      Optional<FileRefusal> why = refusal(file, limits);
      if (why.isEmpty()
          && (kept.size() >= FileLimits.MAX_FILES
              || total + file.content().length > limits.maxTotalBytes())) {
        why = Optional.of(FileRefusal.TOO_MANY);
      }
      if (why.isPresent()) {
        refused.add(new Problem(file.name(), why.get()));
      } else {
        kept.add(file);
        total += file.content().length;
      }
    }
    return new Sorted(kept, refused);
  }

  /** Why one file alone is refused, or nothing. */
  public static Optional<FileRefusal> refusal(Upload file, FileLimits limits) {
    if (file.content().length == 0) {
      return Optional.of(FileRefusal.EMPTY);
    }
    if (file.content().length > limits.maxBytes()) {
      return Optional.of(FileRefusal.TOO_LARGE);
    }
    return limits.allows(typeOf(file)) ? Optional.empty() : Optional.of(FileRefusal.TYPE);
  }

  /** The files taken and the files refused, each in the order given. */
  public record Sorted(List<Upload> kept, List<Problem> refused) {}

  /** A file refused, named as it was sent. */
  public record Problem(String fileName, FileRefusal reason) {}
}
