package org.yiwang.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.yiwang.catalog.VersionSummary;

interface ItemVersions extends JpaRepository<ItemVersion, Long> {

  Optional<ItemVersion> findByItemCodeAndVersionNo(String itemCode, int versionNo);

  /**
   * A version's summary with its item's department, as a query selects it: without its document
   * (tens of kilobytes an item, up to 900,000 characters) and without a look-up of its item per row.
   */
  String SUMMARY =
      "select new org.yiwang.catalog.VersionSummary(v.itemCode, v.name, i.departmentCode, v.versionNo, v.status,"
          + " v.editedBy, v.editedAt, v.submittedBy, v.submittedAt, v.publishedBy, v.publishedAt, v.reviewNote)"
          + " from ItemVersion v, ServiceItem i where v.itemCode = i.code";

  /** An item's versions, newest first. */
  @Query(SUMMARY + " and v.itemCode = :itemCode order by v.versionNo desc")
  List<VersionSummary> historyOf(String itemCode);

  /** The versions submitted for publication, the earliest first. */
  @Query(SUMMARY + " and v.status = org.yiwang.catalog.VersionStatus.SUBMITTED order by v.submittedAt")
  List<VersionSummary> awaitingPublication();

  Optional<ItemVersion> findFirstByItemCodeOrderByVersionNoDesc(String itemCode);

  /** The versions the portal shows. */
  @Query(
      "select v from ItemVersion v, ServiceItem i "
          + "where v.itemCode = i.code and v.versionNo = i.publishedVersion")
  List<ItemVersion> findAllPublished();

  @Query(
      "select v from ItemVersion v, ServiceItem i "
          + "where v.itemCode = i.code and v.versionNo = i.publishedVersion and i.code in :codes")
  List<ItemVersion> findPublished(Collection<String> codes);

  /** Each item of a department at its newest version. */
  @Query(
      SUMMARY
          + " and i.departmentCode = :departmentCode and v.versionNo ="
          + " (select max(w.versionNo) from ItemVersion w where w.itemCode = i.code)"
          + " order by v.itemCode")
  List<VersionSummary> newestOfDepartment(String departmentCode);
}
