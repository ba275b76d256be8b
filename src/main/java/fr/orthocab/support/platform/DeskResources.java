package fr.orthocab.support.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version of the desk's own static resources (webapp/resources: its stylesheet and scripts):
 * the start of a hash of their contents, so that it changes exactly when one of them does and is
 * the same on every node of one build. OmniFaces' VersionedResourceHandler puts it in their
 * addresses (faces-config.xml), which browsers may then keep for a year ({@link
 * StaticResourceCaching}).
 */
@Named("deskResources")
@ApplicationScoped
public class DeskResources {
  private static final String ROOT = "/resources/";

  @Inject ServletContext servletContext;

  private volatile String version;

  public String getVersion() {
    if (version == null) {
      version = hashOf(servletContext);
    }
    return version;
  }

  static String hashOf(ServletContext context) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String path : files(context)) {
        digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = context.getResourceAsStream(path)) {
          if (in != null) {
            digest.update(in.readAllBytes());
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every file under the resources folder, in one order on every node. */
  private static Set<String> files(ServletContext context) {
    Set<String> files = new TreeSet<>();
    Deque<String> folders = new ArrayDeque<>(Set.of(ROOT));
    while (!folders.isEmpty()) {
      Set<String> entries = context.getResourcePaths(folders.pop());
      if (entries == null) {
        continue;
      }
      for (String entry : entries) {
        if (entry.endsWith("/")) {
          folders.push(entry);
        } else {
          files.add(entry);
        }
      }
    }
    return files;
  }
}
