package org.yiwang.catalog.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.task.TaskExecutor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yiwang.catalog.ItemPublished;

/** Keeps the search index in step with the database: whole at start, item by item on publication. */
@Component
class SearchIndexMaintenance {

  private final ItemSearchIndex index;
  private final TaskExecutor background;

  SearchIndexMaintenance(ItemSearchIndex index, @Qualifier("applicationTaskExecutor") TaskExecutor background) {
    this.index = index;
    this.background = background;
  }

  /**
   * Before the node reports ready, an index it cannot search with is rebuilt. An index kept from the
   * last run answers at once and is brought up to date in the background: with the province,
   * comparing the catalogue's 100,000 published versions with the index's was seconds of every
   * start (docs/benchmarks.md), for the few items published while the node was down, which reach it
   * a moment later as other nodes' publications always do. One listener, so that the comparison
   * starts only after the rebuild (both hold the index's lock).
   */
  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    index.rebuildIfNeeded();
    background.execute(index::reconcile);
  }

  /** Publications made on other nodes reach this node's index within a minute. */
  @org.springframework.scheduling.annotation.Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
  void reconcilePeriodically() {
    index.reconcile();
  }

  @TransactionalEventListener
  void on(ItemPublished published) {
    index.update(published.itemCode());
  }
}
