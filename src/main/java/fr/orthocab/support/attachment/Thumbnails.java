package fr.orthocab.support.attachment;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * A small PNG picture of an image file, made on the desk, so that no browser ever renders a file a
 * customer sent. The image's declared size is read from its header before any pixel is decoded: a
 * picture of more than {@link #MAX_PIXELS} (a decompression bomb, or a poster nobody needs) gets no
 * thumbnail, and a large one is read subsampled, so memory stays bounded whatever is sent.
 */
public final class Thumbnails {
  /** The longer side of a thumbnail, in pixels. */
  public static final int SIDE = 240;

  /** 40 megapixels: more than any phone's screenshot or photo, far less than a bomb. */
  static final long MAX_PIXELS = 40_000_000L;

  private static final Set<String> IMAGES =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  private static final ImageReaderSpi WEBP = new WebPImageReaderSpi();

  private Thumbnails() {}

  /** The PNG thumbnail of an image of that (content-read) type; empty for anything else. */
  public static Optional<byte[]> of(byte[] content, String type) {
    if (!IMAGES.contains(type)) {
      return Optional.empty();
    }
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      Optional<ImageReader> found = in == null ? Optional.empty() : readerOf(in, type);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      ImageReader reader = found.get();
      try {
        reader.setInput(in, true, true);
        return scaled(reader).map(Thumbnails::png);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * The JDK's reader for PNG, JPEG and GIF; WebP's (TwelveMonkeys) through its own provider, asked
   * whether it can read these bytes: registering it in ImageIO's registry, which is the JVM's and
   * not the application's, would keep this application's classes after a redeployment.
   */
  private static Optional<ImageReader> readerOf(ImageInputStream in, String type)
      throws IOException {
    if ("image/webp".equals(type)) {
      return WEBP.canDecodeInput(in) ? Optional.of(WEBP.createReaderInstance()) : Optional.empty();
    }
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    return readers.hasNext() ? Optional.of(readers.next()) : Optional.empty();
  }

  private static Optional<BufferedImage> scaled(ImageReader reader) throws IOException {
    long width = reader.getWidth(0);
    long height = reader.getHeight(0);
    if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
      return Optional.empty();
    }
    ImageReadParam param = reader.getDefaultReadParam();
    int step = (int) Math.max(1, Math.max(width, height) / (SIDE * 2));
    param.setSourceSubsampling(step, step, 0, 0);
    BufferedImage read = reader.read(0, param);
    double scale = Math.min(1.0, (double) SIDE / Math.max(read.getWidth(), read.getHeight()));
    int w = Math.max(1, (int) Math.round(read.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(read.getHeight() * scale));
    BufferedImage thumbnail = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = thumbnail.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(read, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return Optional.of(thumbnail);
  }

  private static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
