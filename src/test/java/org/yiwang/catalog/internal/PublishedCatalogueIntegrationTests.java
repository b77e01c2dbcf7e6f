package org.yiwang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The published catalogue as the portal reads it: guides not yet cached, published versions. */
@IntegrationTest
class PublishedCatalogueIntegrationTests extends DatabaseProperties {

  @Autowired ServiceCatalog catalog;
  @Autowired GuideCache guides;
  @Autowired HikariDataSource pool;
  @Autowired JdbcClient jdbc;
  @Autowired PublishedVersions publishedVersions;

  /**
   * A guide not in the cache is read with one connection. A read that held one connection while
   * asking for a second (two entity managers in one read) starved the pool at province scale: 200
   * readers of uncached guides each held one of the 20 connections and waited for another until
   * every page timed out. Here the pool is left with one free connection, which must be enough.
   */
  @Test
  void anUncachedGuideIsReadWithOneConnection() throws Exception {
    String code =
        jdbc.sql("select code from service_item where published_version is not null order by code desc limit 1")
            .query(String.class)
            .single();
    guides.evict(code);
    List<Connection> taken = new ArrayList<>();
    try {
      while (taken.size() < pool.getMaximumPoolSize() - 1) {
        taken.add(pool.getConnection());
      }
      assertThat(catalog.publishedItem(code)).get().extracting(ItemGuide::code).isEqualTo(code);
    } finally {
      for (Connection c : taken) {
        c.close();
      }
    }
  }

  /** The minute-by-minute comparisons read the catalogue's versions again only when an item changed. */
  @Test
  void publishedVersionsAreReadAgainOnlyWhenAnItemChanged() {
    var first = publishedVersions.current();
    assertThat(first).hasSizeGreaterThanOrEqualTo(1287);
    assertThat(publishedVersions.current()).isSameAs(first);
    String code = first.keySet().iterator().next();
    // what any change to an item does (optimistic locking), here as another node would do it
    jdbc.sql("update service_item set lock_version = lock_version + 1 where code = ?").param(code).update();
    var after = publishedVersions.current();
    assertThat(after).isNotSameAs(first).isEqualTo(first);
    assertThat(publishedVersions.current()).isSameAs(after);
  }
}
