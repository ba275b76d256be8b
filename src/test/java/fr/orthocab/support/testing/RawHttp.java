package fr.orthocab.support.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request written by hand on a socket, for what the JDK's client will not send (a {@code Host}
 * header of the caller's choosing): answers the status ({@code "status"}) and the headers, names in
 * lower case.
 */
public final class RawHttp {
  private RawHttp() {}

  /** {@code head}: the request line and headers, without the blank line that ends them. */
  public static Map<String, String> send(DeskServer desk, String head, byte[] body) {
    URI base = URI.create(desk.url("/"));
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      Map<String, String> answer = new TreeMap<>();
      answer.put("status", in.readLine().split(" ", 3)[1]);
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        answer.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
