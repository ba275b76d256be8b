package fr.orthocab.support.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileCheckTest {
  private static final FileLimits LIMITS =
      new FileLimits(1000, Arrays.asList(FileLimits.DEFAULT_TYPES.split(",")));
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, -1, -1};

  private static List<FileCheck.Problem> check(Upload... files) {
    return FileCheck.check(List.of(files), LIMITS);
  }

  @Test
  void aFileIsWhatItsContentSaysWhateverItsName() {
    assertEquals("application/pdf", FileCheck.typeOf(new Upload("compte-rendu.pdf", PDF)));
    assertEquals("application/pdf", FileCheck.typeOf(new Upload("notes.txt", PDF)));
    assertEquals(List.of(), check(new Upload("notes.txt", PDF)));
    assertEquals(
        List.of(new FileCheck.Problem("compte-rendu.pdf", FileRefusal.TYPE)),
        check(new Upload("compte-rendu.pdf", EXE)),
        "a program renamed .pdf");
    byte[] page = "<!DOCTYPE html><html><script>x()</script></html>".getBytes();
    assertEquals(
        List.of(new FileCheck.Problem("lisez-moi.txt", FileRefusal.TYPE)),
        check(new Upload("lisez-moi.txt", page)),
        "a web page renamed .txt");
    assertEquals(List.of(), check(new Upload("export.csv", "a;b\n1;2\n".getBytes())));
  }

  @Test
  void anOfficeDocumentIsTakenForWhatItsNameSaysWithinWhatItsContentShows() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write("<Types/>".getBytes());
      out.putNextEntry(new ZipEntry("word/document.xml"));
      out.write("<w:document/>".getBytes());
    }
    FileLimits roomy = new FileLimits(100_000, Arrays.asList(FileLimits.DEFAULT_TYPES.split(",")));
    assertEquals(
        List.of(), FileCheck.check(List.of(new Upload("bilan.docx", zip.toByteArray())), roomy));
  }

  @Test
  void emptyTooLargeAndTooManyAreNamed() {
    assertEquals(
        List.of(new FileCheck.Problem("vide.pdf", FileRefusal.EMPTY)),
        check(new Upload("vide.pdf", new byte[0])));
    byte[] big = Arrays.copyOf(PDF, 1001);
    assertEquals(
        List.of(new FileCheck.Problem("gros.pdf", FileRefusal.TOO_LARGE)),
        check(new Upload("gros.pdf", big)));
    List<Upload> six = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      six.add(new Upload(i + ".pdf", PDF));
    }
    assertEquals(
        List.of(new FileCheck.Problem("6.pdf", FileRefusal.TOO_MANY)),
        FileCheck.check(six, LIMITS));
  }

  @Test
  void aNameKeepsOnlyItsLastPartAndNoSignAFileSystemOrAHeaderWouldRead() {
    assertEquals("passwd", new Upload("../../etc/passwd", PDF).name());
    assertEquals("rapport.pdf", new Upload("C:\\Users\\x\\rapport.pdf", PDF).name());
    assertEquals("ab.pdf", new Upload("a\r\nb.pdf", PDF).name());
    assertEquals("fichier", new Upload("..", PDF).name());
    assertEquals("fichier", new Upload(null, PDF).name());
    String longName = "x".repeat(300) + ".pdf";
    String kept = new Upload(longName, PDF).name();
    assertEquals(200, kept.length());
    assertEquals(".pdf", kept.substring(196));
  }

  @Test
  void eachFileIsSortedOnItsOwnSoTheRefusedAreNamedAndTheOthersKept() throws IOException {
    FileLimits limits = new FileLimits(20_000, Arrays.asList(FileLimits.DEFAULT_TYPES.split(",")));
    byte[] png = ThumbnailsTest.image(40, 30, "png");
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>x()</script></svg>".getBytes();
    byte[] page = "<!DOCTYPE html><html><body>hi</body></html>".getBytes();
    FileCheck.Sorted sorted =
        FileCheck.sort(
            List.of(
                new Upload("capture.png", png),
                new Upload("logo.svg", svg),
                new Upload("faux.png", page),
                new Upload("enorme.pdf", Arrays.copyOf(PDF, 20_001)),
                new Upload("compte-rendu.pdf", PDF)),
            limits);
    assertEquals(
        List.of("capture.png", "compte-rendu.pdf"),
        sorted.kept().stream().map(Upload::name).toList());
    assertEquals(
        List.of(
            new FileCheck.Problem("logo.svg", FileRefusal.TYPE),
            new FileCheck.Problem("faux.png", FileRefusal.TYPE),
            new FileCheck.Problem("enorme.pdf", FileRefusal.TOO_LARGE)),
        sorted.refused());
  }

  @Test
  void pastFiveFilesOrTheTotalTheRestAreTooMany() {
    List<Upload> seven = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      seven.add(new Upload(i + ".pdf", PDF));
    }
    FileCheck.Sorted sorted = FileCheck.sort(seven, LIMITS);
    assertEquals(5, sorted.kept().size());
    assertEquals(
        List.of(
            new FileCheck.Problem("6.pdf", FileRefusal.TOO_MANY),
            new FileCheck.Problem("7.pdf", FileRefusal.TOO_MANY)),
        sorted.refused());
  }
}
