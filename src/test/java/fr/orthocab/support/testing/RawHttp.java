package fr.orthocab.support.testing;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request written by hand on a socket, for what the JDK's client will not send (a {@code Host}
 * header of the caller's choosing): answers the status ({@code "status"}) and the headers, names in
 * lower case. A call to {@code /api/**} and its answer are held to the API's OpenAPI document
 * ({@link ApiContract}).
 */
public final class RawHttp {
  private RawHttp() {}

  /** {@code head}: the request line and headers, without the blank line that ends them. */
  public static Map<String, String> send(DeskServer desk, String head, byte[] body) {
    URI base = URI.create(desk.url("/"));
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
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
      String answerBody = body(in, "chunked".equalsIgnoreCase(answer.get("transfer-encoding")));
      ApiContract.ofTheDesk().check(call(base, head, body), answer(answer, answerBody));
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rest of the answer (the connection closes after it), its chunks joined. */
  private static String body(BufferedReader in, boolean chunked) throws IOException {
    StringBuilder bytes = new StringBuilder();
    if (!chunked) {
      char[] buffer = new char[8192];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        bytes.append(buffer, 0, read);
      }
    } else {
      for (String size = in.readLine(); size != null; size = in.readLine()) {
        int length = Integer.parseInt(size.replaceFirst(";.*", "").strip(), 16);
        if (length == 0) {
          break;
        }
        char[] chunk = new char[length];
        for (int read = 0; read < length; ) {
          int n = in.read(chunk, read, length - read);
          if (n < 0) {
            throw new EOFException("the answer ended inside a chunk");
          }
          read += n;
        }
        bytes.append(chunk);
        in.readLine();
      }
    }
    // read as ISO-8859-1, one char a byte: back to the bytes, then UTF-8
    return new String(
        bytes.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private static ApiContract.Call call(URI base, String head, byte[] body) {
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    return new ApiContract.Call(
        requestLine[0],
        base.resolve(requestLine[1]),
        headers,
        body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
  }

  private static ApiContract.Answer answer(Map<String, String> answer, String body) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    answer.forEach(
        (name, value) -> {
          if (!name.equals("status")) {
            headers.put(name, List.of(value));
          }
        });
    return new ApiContract.Answer(Integer.parseInt(answer.get("status")), headers, body);
  }
}
