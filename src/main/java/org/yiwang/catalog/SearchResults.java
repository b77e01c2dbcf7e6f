package org.yiwang.catalog;

import java.util.List;

/** A page of search hits, ranked by relevance. */
public record SearchResults(long total, int page, int size, List<Hit> hits) {

  /** An item found, with its name as safe HTML in which the matched words are {@code <mark>}ed. */
  public record Hit(ItemSummary item, String highlightedName) {}

  public long pages() {
    return size == 0 ? 0 : (total + size - 1) / size;
  }
}
