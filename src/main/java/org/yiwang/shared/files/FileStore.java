package org.yiwang.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.YiwangProperties;

/**
 * Content-addressed file store: bytes are kept under {@code <data-dir>/files/ab/abcdef...} by their
 * SHA-256, so a file is stored once however often it is uploaded, and no user-supplied name ever
 * becomes a path.
 */
@Component
public class FileStore {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

  private final Path root;
  private final JdbcClient jdbc;

  private final org.yiwang.shared.db.Dialect dialect;

  FileStore(YiwangProperties properties, JdbcClient jdbc, org.yiwang.shared.db.Dialect dialect) {
    this.root = properties.resolve("files");
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  /** Stores the bytes if they are one of the accepted types, else refuses them (415). */
  @Transactional
  public StoredFile store(byte[] bytes) {
    FileType type =
        FileType.detect(bytes)
            .orElseThrow(
                () ->
                    new BusinessRuleException(
                        415,
                        java.util.List.of(
                            new BusinessRuleException.Violation(
                                "file", "file.type.unsupported"))));
    String id = sha256(bytes);
    Path target = pathOf(id);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), id, ".part");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the same bytes may arrive from two users at once: content-addressed, either insert will do
    jdbc.sql(dialect.insertIfAbsent("stored_file", "id", "id", "content_type", "size_bytes", "created_at"))
        .params(id, type.contentType(), (long) bytes.length, OffsetDateTime.now())
        .update();
    return new StoredFile(id, type, bytes.length);
  }

  public Optional<StoredFile> find(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return jdbc.sql("select content_type, size_bytes from stored_file where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new StoredFile(
                    id,
                    FileType.ofContentType(rs.getString(1)).orElseThrow(),
                    rs.getLong(2)))
        .optional()
        .filter(f -> Files.exists(pathOf(id)));
  }

  public byte[] read(StoredFile file) {
    try {
      return Files.readAllBytes(pathOf(file.id()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path pathOf(String id) {
    return root.resolve(id.substring(0, 2)).resolve(id);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
