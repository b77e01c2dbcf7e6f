package org.yiwang.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypeTests {

  @Test
  void recognisesDocumentsByTheirContent() throws Exception {
    assertThat(FileType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
    assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})).contains(FileType.PNG);
    assertThat(FileType.detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).contains(FileType.JPEG);
    assertThat(FileType.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
    assertThat(FileType.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
  }

  @Test
  void refusesWhatIsNotAnAcceptedDocumentWhateverItsName() throws Exception {
    assertThat(FileType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(FileType.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(FileType.detect(new byte[0])).isEmpty();
    // a plain zip (not an Office document) and a truncated zip
    assertThat(FileType.detect(zip("readme.txt"))).isEmpty();
    assertThat(FileType.detect(new byte[] {'P', 'K', 3, 4, 1, 2})).isEmpty();
  }

  private static byte[] zip(String... names) throws Exception {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("x".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
