package org.yiwang.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditLog;

/** Each entry's hash is SHA-256 over the previous hash and the entry's own fields. */
@Service
class JdbcAuditLog implements AuditLog {

  private static final String GENESIS = "0".repeat(64);
  private static final int MAX_DETAIL = 2000;

  private final JdbcClient jdbc;

  JdbcAuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void record(String actor, String action, String target, String detail) {
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    String safeDetail = truncate(detail == null ? "" : detail, MAX_DETAIL);
    String safeTarget = truncate(target == null ? "" : target, 200);
    String safeActor = truncate(actor == null ? "anonymous" : actor, 64);
    String previous;
    String hash;
    int attempts = 0;
    do {
      if (++attempts > 50) {
        throw new IllegalStateException("audit chain head kept moving");
      }
      previous = jdbc.sql("select hash from audit_head where id = 1").query(String.class).single();
      hash = hash(previous, at, safeActor, action, safeTarget, safeDetail);
    } while (jdbc.sql("update audit_head set hash = ? where id = 1 and hash = ?")
            .params(hash, previous)
            .update()
        == 0);
    jdbc.sql(
            "insert into audit_entry (occurred_at, actor, action, target, detail, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(at, safeActor, action, safeTarget, safeDetail, previous, hash)
        .update();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean verifyChain() {
    String[] previous = {GENESIS};
    boolean[] intact = {true};
    jdbc.sql("select occurred_at, actor, action, target, detail, prev_hash, hash from audit_entry order by id")
        .query(
            rs -> {
              OffsetDateTime at = rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
              String expected =
                  hash(previous[0], at, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
              if (!rs.getString(6).equals(previous[0]) || !rs.getString(7).equals(expected)) {
                intact[0] = false;
              }
              previous[0] = rs.getString(7);
            });
    return intact[0];
  }

  private static String hash(
      String previous, OffsetDateTime at, String actor, String action, String target, String detail) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {previous, at.toInstant().toString(), actor, action, target, detail}) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
