package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.attachment.Attached;
import fr.orthocab.support.attachment.FileCheck;
import fr.orthocab.support.attachment.FileLimits;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.web.Pages;
import fr.orthocab.support.web.PickedFiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files a customer picks or drops on a new request or a comment, what the page says of the
 * limits (read from the desk's settings), and each refused file named with its reason.
 */
@Named("portalUpload")
@RequestScoped
public class PortalUploadBacking {
  /** A type the desk may take, as the page names it and as the picker offers it. */
  private record Shown(String label, String extensions) {}

  /** Plain text has no label here: the page names it in words ({@code portal_files.plainText}). */
  private static final Map<String, Shown> SHOWN =
      Map.ofEntries(
          Map.entry("image/png", new Shown("PNG", ".png")),
          Map.entry("image/jpeg", new Shown("JPEG", ".jpg,.jpeg")),
          Map.entry("image/gif", new Shown("GIF", ".gif")),
          Map.entry("image/webp", new Shown("WebP", ".webp")),
          Map.entry("application/pdf", new Shown("PDF", ".pdf")),
          Map.entry("text/plain", new Shown(null, ".txt")),
          Map.entry("text/csv", new Shown("CSV", ".csv")),
          Map.entry("application/msword", new Shown("Word", ".doc")),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              new Shown("Word", ".docx")),
          Map.entry("application/vnd.ms-excel", new Shown("Excel", ".xls")),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              new Shown("Excel", ".xlsx")),
          Map.entry("application/vnd.oasis.opendocument.text", new Shown("OpenDocument", ".odt")),
          Map.entry(
              "application/vnd.oasis.opendocument.spreadsheet", new Shown("OpenDocument", ".ods")));

  @Inject private FileLimits limits;
  private List<Part> picked;

  /** "PNG, JPEG, PDF, texte… : jusqu'à 10 Mo par fichier, 5 fichiers au plus". */
  public String getHint() {
    Set<String> names = new LinkedHashSet<>();
    for (String type : limits.types()) {
      names.add(
          type.equals("text/plain")
              ? Pages.text("portal_files.plainText")
              : Optional.ofNullable(SHOWN.get(type))
                  .map(Shown::label)
                  .orElse(type.substring(type.indexOf('/') + 1).toUpperCase()));
    }
    return Pages.text(
        "portal_files.hint",
        String.join(", ", names),
        limits.maxBytes() / (1024 * 1024),
        FileLimits.MAX_FILES);
  }

  /** What the picker offers: the extensions of the types taken (the desk still reads contents). */
  public String getAccept() {
    return String.join(
        ",",
        limits.types().stream()
            .map(t -> SHOWN.containsKey(t) ? SHOWN.get(t).extensions() : t)
            .toList());
  }

  /**
   * Whether this request can carry files: a page shown, or a form sent as multipart. A form posted
   * otherwise (no browser does; a script might) is read without its picker rather than failing.
   */
  public boolean isPickable() {
    FacesContext faces = FacesContext.getCurrentInstance();
    String type = faces.getExternalContext().getRequestContentType();
    return !faces.isPostback() || (type != null && type.startsWith("multipart/"));
  }

  /** The largest file, for the page's script to warn before sending. */
  public long getMaxBytes() {
    return limits.maxBytes();
  }

  /** The files picked, as uploads; a field left empty gives none. */
  List<Upload> uploads() {
    return PickedFiles.uploads(picked);
  }

  /** The files kept are said in one line; each refused one is named, with why. */
  void told(Attached attached) {
    if (!attached.kept().isEmpty()) {
      Pages.info("portal_files.kept", attached.kept().size());
    }
    for (FileCheck.Problem problem : attached.refused()) {
      Pages.error(
          "portal_files.refused." + problem.reason(),
          problem.fileName(),
          limits.maxBytes() / (1024 * 1024),
          FileLimits.MAX_FILES);
    }
  }

  public List<Part> getPicked() {
    return picked;
  }

  public void setPicked(List<Part> picked) {
    this.picked = picked;
  }
}
