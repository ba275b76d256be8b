package fr.orthocab.support.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A stored file sent as a download, whoever asks (an agent, or the customer who mailed it): {@code
 * Content-Disposition: attachment} with the name in RFC 6266 / RFC 5987 form, {@code nosniff}, a
 * sandbox, no caching, and a content type that no browser renders as a page (HTML, SVG, XML are
 * never served as such). One place, so the two audiences cannot drift apart on these headers.
 */
public final class FileDownload {
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

  private FileDownload() {}

  /** The file asked for by its {@code id} parameter; empty when missing or malformed. */
  public static OptionalLong requestedId(HttpServletRequest request) {
    String raw = request.getParameter("id");
    return raw != null && raw.matches("\\d{1,18}")
        ? OptionalLong.of(Long.parseLong(raw))
        : OptionalLong.empty();
  }

  public static void send(
      HttpServletResponse response, String fileName, String declaredType, byte[] content)
      throws IOException {
    response.setContentType(servedType(declaredType));
    response.setHeader("Content-Disposition", disposition(fileName));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(content.length);
    response.getOutputStream().write(content);
  }

  /**
   * The thumbnail the desk made of an image (a PNG of its own, never the file sent), shown inline
   * in the thread: same headers as a download, but {@code inline} and cached privately for a while.
   */
  public static void sendThumbnail(HttpServletResponse response, String fileName, byte[] png)
      throws IOException {
    response.setContentType("image/png");
    response.setHeader(
        "Content-Disposition",
        disposition(fileName + ".png").replaceFirst("^attachment", "inline"));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", "private, max-age=3600");
    response.setContentLength(png.length);
    response.getOutputStream().write(png);
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
}
