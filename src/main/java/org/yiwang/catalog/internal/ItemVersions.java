package org.yiwang.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.yiwang.catalog.VersionStatus;

interface ItemVersions extends JpaRepository<ItemVersion, Long> {

  Optional<ItemVersion> findByItemCodeAndVersionNo(String itemCode, int versionNo);

  List<ItemVersion> findByItemCodeOrderByVersionNoDesc(String itemCode);

  List<ItemVersion> findByStatusOrderBySubmittedAt(VersionStatus status);

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
      "select v from ItemVersion v, ServiceItem i where v.itemCode = i.code"
          + " and i.departmentCode = :departmentCode and v.versionNo ="
          + " (select max(w.versionNo) from ItemVersion w where w.itemCode = i.code)"
          + " order by v.itemCode")
  List<ItemVersion> findNewestOfDepartment(String departmentCode);
}
