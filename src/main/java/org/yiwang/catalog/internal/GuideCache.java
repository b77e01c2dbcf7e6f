package org.yiwang.catalog.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ItemPublished;
import org.yiwang.catalog.VersionStatus;

/**
 * Published guides in memory: every guide page, flowchart, application and case view reads one,
 * and a published version never changes until the next publication. Bounded (the hot items of a
 * province fit; the rest is read from the database); an item's entries go when it is published
 * here, and within a minute when it is published on another node.
 */
@Component
class GuideCache {

  private record VersionKey(String code, int version) {}

  private final Cache<String, ItemGuide> published;
  private final Cache<VersionKey, ItemGuide> versions;
  private final PublishedVersions items;

  GuideCache(PublishedVersions items, @Value("${yiwang.catalog.cached-guides:3000}") int size) {
    this.items = items;
    this.published = Caffeine.newBuilder().maximumSize(size).build();
    this.versions = Caffeine.newBuilder().maximumSize(size).build();
  }

  Optional<ItemGuide> published(String code, Supplier<Optional<ItemGuide>> load) {
    ItemGuide cached = published.getIfPresent(code);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<ItemGuide> loaded = load.get();
    loaded.ifPresent(guide -> published.put(code, guide));
    return loaded;
  }

  /** A version's guide; only published and superseded versions are kept (drafts change, submissions may go back). */
  Optional<ItemGuide> version(String code, int version, Supplier<Optional<ItemGuide>> load) {
    var key = new VersionKey(code, version);
    ItemGuide cached = versions.getIfPresent(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<ItemGuide> loaded = load.get();
    loaded.filter(g -> g.status() == VersionStatus.PUBLISHED || g.status() == VersionStatus.SUPERSEDED)
        .ifPresent(guide -> versions.put(key, guide));
    return loaded;
  }

  void evict(String code) {
    published.invalidate(code);
    versions.asMap().keySet().removeIf(k -> k.code().equals(code));
  }

  @TransactionalEventListener
  void on(ItemPublished publication) {
    evict(publication.itemCode());
  }

  /** Publications on other nodes: an item whose published version is no longer the cached one is read again. */
  @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
  void reconcile() {
    Map<String, Integer> current = items.current();
    published.asMap().forEach((code, guide) -> {
      if (!Integer.valueOf(guide.version()).equals(current.get(code))) {
        evict(code);
      }
    });
    versions.asMap().forEach((key, guide) -> {
      if (guide.status() == VersionStatus.PUBLISHED && !Integer.valueOf(key.version()).equals(current.get(key.code()))) {
        evict(key.code());
      }
    });
  }
}
