package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.attachment.FileCheck;
import fr.orthocab.support.attachment.FilesRefused;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The files of the reply being written, picked in the reply box. */
@Named("replyFiles")
@RequestScoped
public class ReplyFilesBacking {
  private List<Part> picked;

  /** The files picked, as uploads; a field left empty gives none. */
  List<Upload> uploads() {
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

  /** Each refused file named, with why, in the agent's language. */
  void refused(FilesRefused refused) {
    for (FileCheck.Problem problem : refused.getProblems()) {
      Pages.error("admin_tickets_show.fileRefused." + problem.reason(), problem.fileName());
    }
  }

  public List<Part> getPicked() {
    return picked;
  }

  public void setPicked(List<Part> picked) {
    this.picked = picked;
  }
}
