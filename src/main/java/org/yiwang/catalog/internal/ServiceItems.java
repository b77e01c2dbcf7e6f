package org.yiwang.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceItems extends JpaRepository<ServiceItem, String> {

  /** Code and published version of every published item (plain rows: a province has 100,000). */
  @org.springframework.data.jpa.repository.Query(
      "select i.code, i.publishedVersion from ServiceItem i where i.publishedVersion is not null")
  java.util.List<Object[]> findPublishedVersions();

  /** Code → published version of every published item. */
  default java.util.Map<String, Integer> publishedVersions() {
    java.util.Map<String, Integer> versions = new java.util.HashMap<>();
    findPublishedVersions().forEach(v -> versions.put((String) v[0], (Integer) v[1]));
    return versions;
  }
}
