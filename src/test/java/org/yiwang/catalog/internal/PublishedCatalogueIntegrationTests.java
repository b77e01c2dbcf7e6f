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
import org.yiwang.catalog.ItemQuery;
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
  @Autowired ItemSearchIndex searchIndex;
  @Autowired CatalogueFigures figures;

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

  /**
   * The search index's minute-by-minute reconciliation skips the comparison while the catalogue is
   * unchanged, and still brings in a version another node published after such a skipped round.
   */
  @Test
  void theSearchIndexTakesInAnotherNodesPublicationAfterAnUnchangedRound() throws Exception {
    String code =
        jdbc.sql("select code from service_item where published_version is not null order by code desc limit 1 offset 1")
            .query(String.class)
            .single();
    String word = "鲅鱼圈夜市摊位";
    searchIndex.reconcile();
    searchIndex.reconcile(); // nothing changed: compares nothing
    assertThat(codesFound(word)).doesNotContain(code);

    var publication = AnotherNodesPublication.of(jdbc, code, word);
    try {
      searchIndex.reconcile();
      assertThat(codesFound(word)).containsExactly(code);
      assertThat(searchIndex.segments()).as("segments after a reconciliation that re-indexed an item").isEqualTo(1);
    } finally {
      publication.undo();
      searchIndex.reconcile();
    }
    assertThat(codesFound(word)).doesNotContain(code);
  }

  /**
   * The catalogue's figures are kept in memory until the published catalogue changes: a change that
   * no publication made is not seen; another node's publication (a new lock version) is, after the
   * minute's reconciliation.
   */
  @Test
  void theCatalogueFiguresAreKeptUntilAnotherNodesPublication() {
    figures.reconcile();
    var before = catalog.overview();
    String code =
        jdbc.sql("select i.code from service_item i join item_version v on v.item_code = i.code and v.version_no = i.published_version"
                + " where not v.fully_online order by i.code limit 1")
            .query(String.class)
            .single();
    String setOnline = "update item_version set fully_online = ? where item_code = ? and version_no = (select published_version from service_item where code = ?)";
    String bumpLock = "update service_item set lock_version = lock_version + 1 where code = ?";
    jdbc.sql(setOnline).params(true, code, code).update();
    try {
      assertThat(catalog.overview().fullyOnlineItems()).as("kept: nothing was published").isEqualTo(before.fullyOnlineItems());
      jdbc.sql(bumpLock).param(code).update();
      figures.reconcile();
      assertThat(catalog.overview().fullyOnlineItems()).as("after another node's publication").isEqualTo(before.fullyOnlineItems() + 1);
    } finally {
      jdbc.sql(setOnline).params(false, code, code).update();
      jdbc.sql(bumpLock).param(code).update();
      figures.reconcile();
    }
    assertThat(catalog.overview()).isEqualTo(before);
  }

  private List<String> codesFound(String text) {
    return catalog.search(new ItemQuery(text, null, null, 0, 20)).hits().stream().map(h -> h.item().code()).toList();
  }
}
