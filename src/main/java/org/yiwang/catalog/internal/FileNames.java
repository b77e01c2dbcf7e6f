package org.yiwang.catalog.internal;

import org.yiwang.shared.files.FileType;

/** The name a file is downloaded under: the uploader's base name, cleaned, with the true extension. */
final class FileNames {

  private static final int MAX_LENGTH = 80;

  private FileNames() {}

  static String downloadName(String originalName, FileType type) {
    String name = originalName == null ? "" : originalName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "").strip();
    if (name.isEmpty()) {
      name = "file";
    }
    if (name.length() > MAX_LENGTH) {
      name = name.substring(0, MAX_LENGTH);
    }
    return name + "." + type.extension();
  }
}
