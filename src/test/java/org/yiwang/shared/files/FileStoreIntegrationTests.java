package org.yiwang.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** Content-addressed files under concurrency: the same bytes from many users at once are all accepted. */
@IntegrationTest
class FileStoreIntegrationTests extends DatabaseProperties {

  @Autowired FileStore files;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSameBytesStoredAtOnceInManyTransactionsAllSucceedWithOneRow() throws Exception {
    byte[] pdf = CaseFixtures.pdf("同时上传 " + System.nanoTime());
    int users = 6;
    var barrier = new CyclicBarrier(users);
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<Future<StoredFile>> stored = new ArrayList<>();
      for (int i = 0; i < users; i++) {
        stored.add(pool.submit(() -> transactions.execute(tx -> {
          try {
            barrier.await(10, TimeUnit.SECONDS);
            StoredFile file = files.store(pdf);
            Thread.sleep(200); // every transaction has inserted before the first commits
            return file;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        })));
      }
      String id = null;
      for (Future<StoredFile> f : stored) {
        id = f.get(30, TimeUnit.SECONDS).id();
      }
      assertThat(jdbc.queryForObject("select count(*) from stored_file where id = ?", Integer.class, id)).isEqualTo(1);
      assertThat(files.read(files.find(id).orElseThrow())).isEqualTo(pdf);
    } finally {
      pool.shutdownNow();
    }
  }
}
