package fr.orthocab.support.api;

import fr.orthocab.support.attachment.FileLimits;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * No API request body over the size limit (larger for files sent to a ticket) is read: a declared
 * length over it is a 413 at once, and a chunked body is cut off with a 413 as soon as it passes
 * the limit.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {
  private static final Pattern ATTACHMENTS = Pattern.compile("/?tickets/[^/]+/attachments/?");
  private static final long FRAMING = 64 * 1024;

  @Inject
  @ConfigProperty(name = "app.api.max-request-bytes", defaultValue = "262144")
  private long maxBytes;

  @Inject private FileLimits files;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limitOf(request.getUriInfo().getPath());
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(limit).toResponse());
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }
  }

  /**
   * Files sent to a ticket may be as large as the files of one message together, plus room for the
   * multipart framing; every other body keeps the API's limit.
   */
  private long limitOf(String path) {
    return ATTACHMENTS.matcher(path).matches()
        ? Math.max(maxBytes, files.maxTotalBytes() + FRAMING)
        : maxBytes;
  }

  private static Problem tooLarge(long limit) {
    return Problem.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The request body is larger than " + limit + " bytes.");
  }

  private final class Limited extends FilterInputStream {
    private final long limit;
    private long read;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new ProblemException(tooLarge(limit));
      }
    }
  }
}
