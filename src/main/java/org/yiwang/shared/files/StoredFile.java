package org.yiwang.shared.files;

/** A file in the store: its SHA-256 (hex) is its id. */
public record StoredFile(String id, FileType type, long size) {}
