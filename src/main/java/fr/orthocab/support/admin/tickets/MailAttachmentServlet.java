package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.mail.inbound.InboundAttachment;
import fr.orthocab.support.mail.inbound.MailAttachments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * A file a customer mailed, for agents, always as a download: {@code Content-Disposition:
 * attachment} with the name in RFC 6266 / RFC 5987 form, {@code nosniff}, and a content type that
 * no browser renders as a page (HTML, SVG, XML are never served as such).
 */
@WebServlet("/admin/tickets/attachment")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"AGENT", "SUPERVISOR"}))
public class MailAttachmentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Set<String> SERVED_AS_IS =
      Set.of(
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "image/webp",
          "application/msword",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.oasis.opendocument.text",
          "application/vnd.oasis.opendocument.spreadsheet");

  @Inject private transient MailAttachments attachments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<InboundAttachment> file = idOf(request).flatMap(attachments::file);
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content = file.get().getContent();
    response.setContentType(servedType(file.get().getContentType()));
    response.setHeader("Content-Disposition", disposition(file.get().getFileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  static String servedType(String declared) {
    if (SERVED_AS_IS.contains(declared)) {
      return declared;
    }
    if (declared.equals("text/plain") || declared.equals("text/csv")) {
      return declared + "; charset=UTF-8";
    }
    return "application/octet-stream";
  }

  /** An ASCII fallback name and the exact one, percent-encoded in UTF-8 (RFC 6266, RFC 5987). */
  static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\;%]", "_");
    String encoded =
        URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  private static Optional<Long> idOf(HttpServletRequest request) {
    try {
      return Optional.of(Long.parseLong(request.getParameter("id")));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
