package org.yiwang.catalog.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yiwang.catalog.ItemPublished;

/** Keeps the search index in step with the database: whole at start, item by item on publication. */
@Component
class SearchIndexMaintenance {

  private final ItemSearchIndex index;

  SearchIndexMaintenance(ItemSearchIndex index) {
    this.index = index;
  }

  @EventListener(ApplicationReadyEvent.class)
  void reconcileAtStart() {
    index.reconcile();
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
