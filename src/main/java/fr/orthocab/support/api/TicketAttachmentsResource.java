package fr.orthocab.support.api;

import fr.orthocab.support.attachment.Attached;
import fr.orthocab.support.attachment.FileCheck;
import fr.orthocab.support.attachment.FileLimits;
import fr.orthocab.support.attachment.FileRefusal;
import fr.orthocab.support.attachment.FilesRefused;
import fr.orthocab.support.attachment.MessageFile;
import fr.orthocab.support.attachment.MessageFiles;
import fr.orthocab.support.attachment.Upload;
import fr.orthocab.support.ticket.Message;
import fr.orthocab.support.ticket.Ticket;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Files a customer sends through an integration: {@code multipart/form-data} with one or more
 * {@code file} parts and an optional {@code body} part, added as one new customer message (like
 * {@code POST .../messages} with {@code author: CUSTOMER}), all or none: one refused file and
 * nothing is written (413 too large, 415 a type refused by its content, 422 empty or too many),
 * each refused file named with its reason. {@link RequestSizeLimit} stops a larger body before it
 * is read.
 */
@Path("tickets/{reference}/attachments")
@RequestScoped
@Transactional(dontRollbackOn = ProblemException.class)
@BearerAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class TicketAttachmentsResource {
  @Inject private TicketViews views;
  @Inject private MessageFiles messageFiles;
  @Inject private FileLimits limits;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response addAttachments(
      @PathParam("reference") String reference,
      @HeaderParam("Content-Type") String contentType,
      InputStream body)
      throws IOException {
    Ticket ticket = views.found(reference);
    Sent sent = parse(contentType, body.readAllBytes());
    if (sent.files().isEmpty()) {
      throw unprocessable("No file: send each one as a part named \"file\".", List.of());
    }
    if (sent.files().size() > FileLimits.MAX_FILES) {
      throw unprocessable("At most " + FileLimits.MAX_FILES + " files a call.", List.of());
    }
    if (!ticket.isIdentified()) {
      throw new ProblemException(
          Problem.of(
              409,
              "Conflict",
              "The sender is not identified yet: POST their identity to"
                  + " /api/tickets/{reference}/identification first."));
    }
    Attached attached;
    try {
      attached =
          messageFiles.commentAllOrNone(
              ticket, ticket.getCustomer().getId(), sent.text(), sent.files());
    } catch (FilesRefused refused) {
      throw new ProblemException(problem(refused.getProblems()));
    }
    return Response.created(TicketViews.location(ticket))
        .type(MediaType.APPLICATION_JSON)
        .entity(shown(ticket, attached).toString())
        .build();
  }

  private record Sent(String text, List<Upload> files) {}

  private static Sent parse(String contentType, byte[] body) {
    List<Upload> files = new ArrayList<>();
    String text = null;
    try {
      MimeMultipart parts = new MimeMultipart(new ByteArrayDataSource(body, contentType));
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        String[] disposition = part.getHeader("Content-Disposition");
        String name =
            disposition == null
                ? null
                : new ContentDisposition(disposition[0]).getParameter("name");
        try (InputStream in = part.getInputStream()) {
          if ("file".equals(name)) {
            files.add(new Upload(part.getFileName(), in.readAllBytes()));
          } else if ("body".equals(name)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
          }
        }
      }
    } catch (MessagingException | IOException | RuntimeException malformed) {
      throw new ProblemException(
          Problem.of(Response.Status.BAD_REQUEST, "The body is not readable multipart/form-data."));
    }
    if (text != null && text.length() > Message.MAX_BODY) {
      throw new ProblemException(
          Problem.invalid(
              List.of(
                  new Problem.FieldError("body", "at most " + Message.MAX_BODY + " characters"))));
    }
    return new Sent(text, files);
  }

  /** 413 when a file is too large, else 415 when one is of a refused type, else 422. */
  private Problem problem(List<FileCheck.Problem> refused) {
    List<Problem.FieldError> named =
        refused.stream()
            .map(p -> new Problem.FieldError(p.fileName(), reason(p.reason())))
            .toList();
    if (refused.stream().anyMatch(p -> p.reason() == FileRefusal.TOO_LARGE)) {
      return new Problem(
          413,
          "Content Too Large",
          "A file is larger than " + limits.maxBytes() + " bytes; nothing was saved.",
          named);
    }
    if (refused.stream().anyMatch(p -> p.reason() == FileRefusal.TYPE)) {
      return new Problem(
          415,
          "Unsupported Media Type",
          "A file's content is not of an accepted type; nothing was saved.",
          named);
    }
    return unprocessable("A file is refused; nothing was saved.", named).problem();
  }

  private String reason(FileRefusal refusal) {
    return switch (refusal) {
      case EMPTY -> "empty";
      case TOO_LARGE -> "larger than " + limits.maxBytes() + " bytes";
      case TYPE -> "its content is not of an accepted type, whatever its name";
      case TOO_MANY ->
          "past "
              + FileLimits.MAX_FILES
              + " files or "
              + limits.maxTotalBytes()
              + " bytes together";
    };
  }

  private static ProblemException unprocessable(String detail, List<Problem.FieldError> named) {
    return new ProblemException(new Problem(422, "Unprocessable Content", detail, named));
  }

  private static jakarta.json.JsonObject shown(Ticket ticket, Attached attached) {
    JsonArrayBuilder files = ApiJson.array();
    for (MessageFile file : attached.kept()) {
      files.add(
          ApiJson.object()
              .add("id", file.getId())
              .add("fileName", file.getFileName())
              .add("contentType", file.getContentType())
              .add("sizeBytes", file.getSizeBytes())
              .add("sha256", file.getSha256())
              .add("thumbnail", file.isPictured()));
    }
    return ApiJson.object()
        .add("reference", ticket.getReference())
        .add("messageId", attached.message().getId())
        .add("files", files)
        .build();
  }
}
