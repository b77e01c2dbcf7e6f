package org.yiwang.catalog.internal;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yiwang.catalog.ItemPublished;
import org.yiwang.shared.cache.KeptValues;

/**
 * The catalogue's figures that the home page, every department page and the figures page show
 * (published and fully online items per department, the four reductions), kept in memory until the
 * published catalogue changes: each is a sum over every published item and its version, which with
 * a province's 100,000 items cost the database tens of milliseconds a page (docs/benchmarks.md).
 * Dropped when an item is published here, and within a minute when one is published on another
 * node, as the guides are ({@link GuideCache}).
 */
@Component
class CatalogueFigures {

  static final String PUBLISHED_COUNTS = "published counts";
  static final String REDUCTIONS = "reductions";

  private final KeptValues<String, Object> figures = new KeptValues<>(16);
  private final PublishedVersions items;
  private volatile Map<String, Integer> keptAgainst;

  CatalogueFigures(PublishedVersions items) {
    this.items = items;
  }

  /** The figure, read from the database when not kept. */
  @SuppressWarnings("unchecked")
  <T> T get(String figure, Supplier<T> read) {
    return (T) figures.get(figure, read::get);
  }

  void drop() {
    figures.drop();
  }

  /** Changes with every drop: the portal keeps its pages of figures rendered per revision. */
  long revision() {
    return figures.revision();
  }

  @TransactionalEventListener
  void on(ItemPublished publication) {
    drop();
  }

  /** Publications on other nodes: the published versions are another snapshot (their fingerprint changed). */
  @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
  void reconcile() {
    Map<String, Integer> current = items.current();
    if (current != keptAgainst) {
      drop();
      keptAgainst = current;
    }
  }
}
