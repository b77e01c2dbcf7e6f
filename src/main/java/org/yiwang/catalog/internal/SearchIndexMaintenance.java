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
  void rebuildAtStart() {
    index.rebuildIfStale();
  }

  @TransactionalEventListener
  void on(ItemPublished published) {
    index.update(published.itemCode());
  }
}
