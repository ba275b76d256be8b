package fr.orthocab.support.web;

import fr.orthocab.support.attachment.Upload;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The files a form's file field sent, as uploads; a field left empty sends none. */
public final class PickedFiles {
  private PickedFiles() {}

  public static List<Upload> uploads(List<Part> picked) {
    List<Upload> uploads = new ArrayList<>();
    if (picked == null) {
      return uploads;
    }
    for (Part part : picked) {
      String name = part.getSubmittedFileName();
      if (part.getSize() == 0 && (name == null || name.isBlank())) {
        continue;
      }
      try (InputStream in = part.getInputStream()) {
        uploads.add(new Upload(name, in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return uploads;
  }
}
