package org.yiwang.catalog.web;

import java.util.List;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.SearchResults;

/** A page of catalogue search results, as API.md fixes it. */
record ItemPageJson(long total, int page, int size, List<Item> items) {

  record Item(
      String code,
      String name,
      String highlightedName,
      String departmentCode,
      String departmentName,
      ItemType type,
      boolean fullyOnline,
      int visits,
      int statutoryDays,
      int promisedDays) {}

  static ItemPageJson of(SearchResults results) {
    return new ItemPageJson(
        results.total(),
        results.page(),
        results.size(),
        results.hits().stream()
            .map(
                h -> {
                  var i = h.item();
                  return new Item(
                      i.code(), i.name(), h.highlightedName(), i.departmentCode(),
                      i.departmentName(), i.type(), i.fullyOnline(), i.visits(),
                      i.statutoryDays(), i.promisedDays());
                })
            .toList());
  }
}
