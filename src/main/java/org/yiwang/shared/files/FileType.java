package org.yiwang.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The document types the platform accepts, recognised by their content (magic bytes and, for
 * Office Open XML, the parts inside the zip), never by the name a user gave the file.
 */
public enum FileType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg"),
  DOC("application/msword", "doc"),
  XLS("application/vnd.ms-excel", "xls"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** China's fixed-layout format (GB/T 33190): a zip package whose root holds OFD.xml. */
  OFD("application/ofd", "ofd");

  /** A zip that unpacks to more than this is refused as a zip bomb, whatever it claims to be. */
  static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

  private static final int MAX_ZIP_ENTRIES = 10_000;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
  };
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final String contentType;
  private final String extension;

  FileType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  public static Optional<FileType> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
  }

  /** The type of these bytes, or empty when they are none of the accepted types. */
  public static Optional<FileType> detect(byte[] bytes) {
    if (startsWith(bytes, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(bytes, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(bytes, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(bytes, OLE2_MAGIC)) {
      return detectOle2(bytes);
    }
    if (startsWith(bytes, ZIP_MAGIC)) {
      return detectOfficeOpenXml(bytes);
    }
    return Optional.empty();
  }

  // Word and Excel 97-2003 files name their main stream in the compound file's directory (UTF-16LE).
  private static Optional<FileType> detectOle2(byte[] bytes) {
    if (contains(bytes, utf16("WordDocument"))) {
      return Optional.of(DOC);
    }
    if (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book"))) {
      return Optional.of(XLS);
    }
    return Optional.empty();
  }

  // Reads every entry to its end, counting what it unpacks to, so a zip bomb stops early.
  private static Optional<FileType> detectOfficeOpenXml(byte[] bytes) {
    boolean contentTypes = false;
    boolean ofd = false;
    FileType found = null;
    long unpacked = 0;
    int entries = 0;
    byte[] buffer = new byte[16 * 1024];
    try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ZIP_ENTRIES) {
          return Optional.empty();
        }
        String name = entry.getName();
        if (name.equals("[Content_Types].xml")) {
          contentTypes = true;
        } else if (name.equals("OFD.xml")) {
          ofd = true;
        } else if (name.startsWith("word/")) {
          found = DOCX;
        } else if (name.startsWith("xl/")) {
          found = XLSX;
        }
        int read;
        while ((read = zip.read(buffer)) > 0) {
          unpacked += read;
          if (unpacked > MAX_UNPACKED_BYTES) {
            return Optional.empty();
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (ofd) {
      return Optional.of(OFD);
    }
    return contentTypes ? Optional.ofNullable(found) : Optional.empty();
  }

  private static byte[] utf16(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean contains(byte[] bytes, byte[] needle) {
    outer:
    for (int i = 0; i <= bytes.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
