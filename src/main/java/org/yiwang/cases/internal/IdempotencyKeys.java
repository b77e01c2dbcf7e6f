package org.yiwang.cases.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.yiwang.shared.BusinessRuleException;

/**
 * Remembers which case an idempotency key produced, per user and operation: the same request sent
 * twice gives the first result and changes nothing. The key is written in the same transaction as
 * the case, so a second request with the key waits for the first and then finds its result.
 */
@Component
class IdempotencyKeys {

  static final int MAX_LENGTH = 100;

  private final JdbcTemplate jdbc;

  IdempotencyKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String valid(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() > MAX_LENGTH) {
      throw BusinessRuleException.badRequest("Idempotency-Key", "cases.idempotencyKey.tooLong", MAX_LENGTH);
    }
    return key;
  }

  Optional<String> find(String username, String key, String operation) {
    return jdbc
        .queryForList(
            "select case_id from idempotency_key where username = ? and idem_key = ? and operation = ?",
            String.class, username, key, operation)
        .stream()
        .findFirst();
  }

  /** Records the key; fails with a duplicate-key error when a concurrent request recorded it first. */
  void record(String username, String key, String operation, String caseId, OffsetDateTime now) {
    jdbc.update(
        "insert into idempotency_key (username, idem_key, operation, case_id, created_at) values (?, ?, ?, ?, ?)",
        username, key, operation, caseId, now);
  }
}
