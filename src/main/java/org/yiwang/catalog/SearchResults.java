package org.yiwang.catalog;

import java.util.List;

/** A page of search hits, ranked by relevance. */
public record SearchResults(long total, int page, int size, List<Hit> hits) {

  /** How far a search pages: its first 10,000 hits (500 pages of 20), however many there are in all. */
  public static final int REACHABLE_HITS = 10_000;

  /** An item found, with its name as safe HTML in which the matched words are {@code <mark>}ed. */
  public record Hit(ItemSummary item, String highlightedName) {}

  /** The pages that can be asked for: those of the reachable hits. */
  public long pages() {
    return size == 0 ? 0 : (Math.min(total, REACHABLE_HITS) + size - 1) / size;
  }
}
