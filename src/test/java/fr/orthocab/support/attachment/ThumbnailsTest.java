package fr.orthocab.support.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ThumbnailsTest {
  static byte[] image(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1f6f8b));
    g.fillRect(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static BufferedImage read(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  @Test
  void aScreenshotBecomesAPngOfAtMost240PixelsKeepingItsShape() throws IOException {
    byte[] thumbnail = Thumbnails.of(image(1366, 768, "png"), "image/png").orElseThrow();
    BufferedImage shown = read(thumbnail);
    assertEquals(240, shown.getWidth());
    assertEquals(135, shown.getHeight());
    assertTrue(thumbnail[1] == 'P' && thumbnail[2] == 'N' && thumbnail[3] == 'G', "a PNG");
  }

  @Test
  void aPhotoInJpegAndAGifHaveThumbnailsAndASmallImageIsNotEnlarged() throws IOException {
    BufferedImage photo = read(Thumbnails.of(image(1080, 1920, "jpg"), "image/jpeg").orElseThrow());
    assertEquals(240, photo.getHeight());
    assertEquals(135, photo.getWidth());
    BufferedImage icon = read(Thumbnails.of(image(64, 32, "gif"), "image/gif").orElseThrow());
    assertEquals(64, icon.getWidth());
    assertEquals(32, icon.getHeight());
  }

  @Test
  void aWebpPictureLossyOrLosslessHasAThumbnail() throws IOException {
    for (String name : new String[] {"photo.webp", "screenshot.webp"}) {
      byte[] webp;
      try (InputStream in = ThumbnailsTest.class.getResourceAsStream(name)) {
        webp = in.readAllBytes();
      }
      BufferedImage shown =
          read(Thumbnails.of(webp, "image/webp").orElseThrow(() -> new AssertionError(name)));
      assertEquals(240, shown.getWidth(), name);
      assertEquals(135, shown.getHeight(), name);
    }
    byte[] png = image(300, 300, "png");
    assertTrue(Thumbnails.of(png, "image/webp").isEmpty(), "a PNG claiming to be a WebP");
  }

  @Test
  void aDecompressionBombIsRefusedFromItsHeaderBeforeAnyPixelIsDecoded() throws IOException {
    byte[] bomb = pngDeclaring(50_000, 50_000);
    assertTrue(bomb.length < 10_000, "a tiny file that says 2.5 gigapixels");
    assertTrue(Thumbnails.of(bomb, "image/png").isEmpty());
    assertTrue(
        Thumbnails.of(pngDeclaring(8_000, 6_000), "image/png").isEmpty(),
        "48 megapixels: over the 40 allowed");
  }

  @Test
  void anythingButAReadableImageHasNoThumbnail() throws IOException {
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertTrue(Thumbnails.of(pdf, "application/pdf").isEmpty());
    assertTrue(Thumbnails.of(pdf, "image/png").isEmpty(), "a PDF claiming to be an image");
    byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
    assertTrue(Thumbnails.of(svg, "image/svg+xml").isEmpty());
    byte[] cut = java.util.Arrays.copyOf(image(300, 300, "png"), 60);
    assertTrue(Thumbnails.of(cut, "image/png").isEmpty(), "a truncated PNG");
  }

  /** A valid PNG header (and one compressed row) that declares a huge picture. */
  static byte[] pngDeclaring(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer header = ByteBuffer.allocate(13);
    header.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0);
    header.put((byte) 0);
    chunk(out, "IHDR", header.array());
    ByteArrayOutputStream pixels = new ByteArrayOutputStream();
    try (DeflaterOutputStream z =
        new DeflaterOutputStream(pixels, new Deflater(Deflater.BEST_COMPRESSION))) {
      z.write(new byte[width + 1]);
    }
    chunk(out, "IDAT", pixels.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data)
      throws IOException {
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
