package org.yiwang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The audit chain: entries commit with their action, are chained after it, and tampering shows. */
@IntegrationTest
class AuditLogIntegrationTests extends DatabaseProperties {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void anEntryCommitsAndRollsBackWithTheActionItRecords() {
    String kept = "kept-" + UUID.randomUUID();
    String undone = "undone-" + UUID.randomUUID();
    var tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(status -> audit.record("tester", "test.action", kept, "done"));
    tx.executeWithoutResult(
        status -> {
          audit.record("tester", "test.action", undone, "rolled back");
          status.setRollbackOnly();
        });

    assertThat(audit.verifyChain()).isTrue();
    assertThat(hashOf(kept)).hasSize(64);
    assertThat(jdbc.sql("select count(*) from audit_entry where target = ?").param(undone).query(Long.class).single())
        .isZero();
  }

  @Test
  void anOpenTransactionThatRecordedDoesNotHoldUpOthers() throws Exception {
    String slow = "slow-" + UUID.randomUUID();
    String quick = "quick-" + UUID.randomUUID();
    var recorded = new CountDownLatch(1);
    var finish = new CountDownLatch(1);
    var tx = new TransactionTemplate(transactions);
    CompletableFuture<Void> open =
        CompletableFuture.runAsync(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      audit.record("tester", "test.action", slow, "still open");
                      recorded.countDown();
                      await(finish);
                    }));
    try {
      assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();
      // another action is recorded, committed and chained while the first transaction is still open
      CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> audit.record("tester", "test.action", quick, "")))
          .get(10, TimeUnit.SECONDS);
      assertThat(audit.verifyChain()).isTrue();
      assertThat(hashOf(quick)).hasSize(64);
    } finally {
      finish.countDown();
      open.get(30, TimeUnit.SECONDS);
    }
    assertThat(audit.verifyChain()).isTrue();
    assertThat(seqOf(slow)).isGreaterThan(seqOf(quick));
  }

  @Test
  void entriesRecordedAtOnceFormOneUnbrokenChain() throws Exception {
    String run = "many-" + UUID.randomUUID() + "-";
    var tx = new TransactionTemplate(transactions);
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int writer = i;
      writers.add(
          CompletableFuture.runAsync(
              () -> {
                for (int j = 0; j < 25; j++) {
                  String target = run + writer + "-" + j;
                  tx.executeWithoutResult(status -> audit.record("tester", "test.action", target, ""));
                }
              }));
    }
    CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    assertThat(audit.verifyChain()).isTrue();
    var seqs = jdbc.sql("select chain_seq from audit_entry where target like ? order by chain_seq").param(run + "%").query(Long.class).list();
    assertThat(seqs).hasSize(200).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void anAlteredEntryBreaksTheChain() {
    String target = "tamper-" + UUID.randomUUID();
    audit.record("tester", "test.action", target, "原文");
    assertThat(audit.verifyChain()).isTrue();
    try {
      jdbc.sql("update audit_entry set detail = '改过' where target = ?").param(target).update();
      assertThat(audit.verifyChain()).isFalse();
    } finally {
      jdbc.sql("update audit_entry set detail = '原文' where target = ?").param(target).update();
    }
    assertThat(audit.verifyChain()).isTrue();
  }

  private String hashOf(String target) {
    return jdbc.sql("select hash from audit_entry where target = ?").param(target).query(String.class).single();
  }

  private long seqOf(String target) {
    return jdbc.sql("select chain_seq from audit_entry where target = ?").param(target).query(Long.class).single();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
