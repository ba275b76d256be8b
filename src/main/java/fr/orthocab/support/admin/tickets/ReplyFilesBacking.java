package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.attachment.FileCheck;
import fr.orthocab.support.attachment.FilesRefused;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.web.Pages;
import fr.orthocab.support.web.PickedFiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.List;

/** The files of the reply being written, picked in the reply box. */
@Named("replyFiles")
@RequestScoped
public class ReplyFilesBacking {
  private List<Part> picked;

  /** The files picked, as uploads; a field left empty gives none. */
  List<Upload> uploads() {
    return PickedFiles.uploads(picked);
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
