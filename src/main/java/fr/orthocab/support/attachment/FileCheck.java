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

  private static Optional<FileRefusal> refusal(Upload file, FileLimits limits) {
    if (file.content().length == 0) {
      return Optional.of(FileRefusal.EMPTY);
    }
    if (file.content().length > limits.maxBytes()) {
      return Optional.of(FileRefusal.TOO_LARGE);
    }
    return limits.allows(typeOf(file)) ? Optional.empty() : Optional.of(FileRefusal.TYPE);
  }

  /** A file refused, named as it was sent. */
  public record Problem(String fileName, FileRefusal reason) {}
}
