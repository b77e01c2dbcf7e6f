package org.yiwang.cases.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.files.FileType;

/**
 * What an applicant may upload as a material: PDF, JPEG, PNG or OFD, recognised by content (a
 * program renamed {@code .pdf} is refused), within the size limit, and really readable: a PDF must
 * open, an image must have sane dimensions (no decompression bomb). The name the user gave is only
 * shown, cleaned of any path; files are stored under their content's hash.
 */
final class MaterialFiles {

  static final Set<FileType> ACCEPTED = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.OFD);
  private static final int MAX_PIXELS_PER_SIDE = 20_000;

  private MaterialFiles() {}

  static FileType check(byte[] bytes, long maxBytes) {
    if (bytes.length == 0) {
      throw BusinessRuleException.badRequest("file", "cases.upload.empty");
    }
    if (bytes.length > maxBytes) {
      throw new BusinessRuleException(
          413, java.util.List.of(new BusinessRuleException.Violation("file", "cases.upload.tooLarge", maxBytes / (1024 * 1024))));
    }
    FileType type =
        FileType.detect(bytes)
            .filter(ACCEPTED::contains)
            .orElseThrow(MaterialFiles::notAccepted);
    switch (type) {
      case PDF -> {
        try (var pdf = Loader.loadPDF(bytes)) {
          if (pdf.getNumberOfPages() == 0) {
            throw notAccepted();
          }
        } catch (IOException e) {
          throw notAccepted();
        }
      }
      case JPEG, PNG -> {
        if (!saneImage(bytes)) {
          throw notAccepted();
        }
      }
      default -> {}
    }
    return type;
  }

  private static boolean saneImage(byte[] bytes) {
    try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      var readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return false;
      }
      var reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        return width > 0 && height > 0 && width <= MAX_PIXELS_PER_SIDE && height <= MAX_PIXELS_PER_SIDE;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static BusinessRuleException notAccepted() {
    return new BusinessRuleException(
        415, java.util.List.of(new BusinessRuleException.Violation("file", "cases.upload.type")));
  }

  /** The name to show for an upload: its last path segment, without control characters, at most 100 characters. */
  static String displayName(String original, FileType type) {
    String name = Optional.ofNullable(original).orElse("");
    name = name.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "材料." + type.extension();
    }
    return name.length() > 100 ? name.substring(name.length() - 100) : name;
  }
}
