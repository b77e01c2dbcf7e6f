package org.yiwang.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yiwang.catalog.ItemPublished;

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
  private static final List<String> ALL = List.of(PUBLISHED_COUNTS, REDUCTIONS);

  private final Cache<String, Object> figures = Caffeine.newBuilder().build();
  private final PublishedVersions items;
  private volatile Map<String, Integer> keptAgainst;
  private final AtomicLong revision = new AtomicLong();

  CatalogueFigures(PublishedVersions items) {
    this.items = items;
  }

  /** The figure, read from the database when not kept. */
  @SuppressWarnings("unchecked")
  <T> T get(String figure, Supplier<T> read) {
    return (T) figures.get(figure, name -> read.get());
  }

  /**
   * One key at a time, not {@code invalidateAll()}: removing a key waits for a read of it in
   * progress, which may have read the catalogue before the change, and drops what it read too.
   */
  void drop() {
    ALL.forEach(figures::invalidate);
    revision.incrementAndGet(); // after: what is rendered for the new revision reads the new figures
  }

  /** Changes with every drop: the portal keeps its pages of figures rendered per revision. */
  long revision() {
    return revision.get();
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
