package org.yiwang.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.AuditLog;

/**
 * Each entry's hash is SHA-256 over the previous entry's hash and the entry's own fields. An entry is
 * written in the transaction of the action it records (it commits and rolls back with it) and chained
 * within a second by {@link #chainPending}, which alone advances the chain's head: a transaction that
 * records an action takes no lock shared with others (the head used to be advanced by each of them,
 * holding its row until commit, so that every audited action of every node ran one at a time).
 */
@Service
class JdbcAuditLog implements AuditLog {

  private static final String GENESIS = "0".repeat(64);
  private static final int MAX_DETAIL = 2000;
  private static final int CHAIN_BATCH = 1_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate ownTransaction;

  JdbcAuditLog(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  @Transactional
  public void record(String actor, String action, String target, String detail) {
    jdbc.sql("insert into audit_entry (occurred_at, actor, action, target, detail) values (?, ?, ?, ?, ?)")
        .params(
            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
            truncate(actor == null ? "anonymous" : actor, 64),
            action,
            truncate(target == null ? "" : target, 200),
            truncate(detail == null ? "" : detail, MAX_DETAIL))
        .update();
  }

  /**
   * Chains the committed entries not yet chained, oldest first, in transactions of their own. The
   * head's row is locked for each batch, so that chainers of several nodes never fork the chain.
   */
  @Scheduled(initialDelay = 1_000, fixedDelay = 1_000)
  void chainPending() {
    Integer chained;
    do {
      chained = ownTransaction.execute(status -> chainBatch());
    } while (chained != null && chained == CHAIN_BATCH);
  }

  private int chainBatch() {
    record Head(String hash, long seq) {}
    Head head =
        jdbc.sql("select hash, seq from audit_head where id = 1 for update")
            .query((rs, row) -> new Head(rs.getString(1), rs.getLong(2)))
            .single();
    List<Object[]> chained = new ArrayList<>();
    String[] previous = {head.hash()};
    long[] seq = {head.seq()};
    jdbc.sql(
            "select id, occurred_at, actor, action, target, detail from audit_entry"
                + " where chain_seq is null order by id fetch first " + CHAIN_BATCH + " rows only")
        .query(
            rs -> {
              String hash =
                  hash(previous[0], rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC),
                      rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
              chained.add(new Object[] {previous[0], hash, ++seq[0], rs.getLong(1)});
              previous[0] = hash;
            });
    if (chained.isEmpty()) {
      return 0;
    }
    batch.batchUpdate("update audit_entry set prev_hash = ?, hash = ?, chain_seq = ? where id = ?", chained);
    jdbc.sql("update audit_head set hash = ?, seq = ? where id = 1").params(previous[0], seq[0]).update();
    return chained.size();
  }

  @Override
  public boolean verifyChain() {
    chainPending();
    return Boolean.TRUE.equals(ownTransaction.execute(status -> verifyChained()));
  }

  private boolean verifyChained() {
    String[] previous = {GENESIS};
    boolean[] intact = {true};
    jdbc.sql(
            "select occurred_at, actor, action, target, detail, prev_hash, hash from audit_entry"
                + " where chain_seq is not null order by chain_seq")
        // a thousand rows at a time (a cursor, in this transaction): PostgreSQL's driver would
        // otherwise hold the whole log in memory, tens of millions of entries in a province
        .withFetchSize(1_000)
        .query(
            rs -> {
              OffsetDateTime at = rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC);
              String expected =
                  hash(previous[0], at, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
              if (!previous[0].equals(rs.getString(6)) || !expected.equals(rs.getString(7))) {
                intact[0] = false;
              }
              previous[0] = rs.getString(7);
            });
    String head = jdbc.sql("select hash from audit_head where id = 1").query(String.class).single();
    return intact[0] && head.equals(previous[0]);
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
