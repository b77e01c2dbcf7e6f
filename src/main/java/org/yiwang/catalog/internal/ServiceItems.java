package org.yiwang.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceItems extends JpaRepository<ServiceItem, String> {

  /** An item and the version the portal shows. */
  interface PublishedVersion {
    String getCode();

    Integer getVersion();
  }

  @org.springframework.data.jpa.repository.Query(
      "select i.code as code, i.publishedVersion as version from ServiceItem i"
          + " where i.publishedVersion is not null")
  java.util.List<PublishedVersion> findPublishedVersions();

  /** Code → published version of every published item. */
  default java.util.Map<String, Integer> publishedVersions() {
    java.util.Map<String, Integer> versions = new java.util.HashMap<>();
    findPublishedVersions().forEach(v -> versions.put(v.getCode(), v.getVersion()));
    return versions;
  }
}
