package org.yiwang.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An item's identity and which of its versions the portal shows. */
@Entity
@Table(name = "service_item")
class ServiceItem {

  @Id private String code;

  @Column(name = "department_code")
  private String departmentCode;

  @Column(name = "published_version")
  private Integer publishedVersion;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "baseline_steps")
  private Integer baselineSteps;

  @Column(name = "baseline_materials")
  private Integer baselineMaterials;

  @Column(name = "baseline_days")
  private Integer baselineDays;

  @Column(name = "baseline_visits")
  private Integer baselineVisits;

  @jakarta.persistence.Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected ServiceItem() {}

  ServiceItem(String code, String departmentCode) {
    this.code = code;
    this.departmentCode = departmentCode;
    this.createdAt = OffsetDateTime.now();
  }

  String code() {
    return code;
  }

  String departmentCode() {
    return departmentCode;
  }

  Integer publishedVersion() {
    return publishedVersion;
  }

  /** Shows this version on the portal; the first version ever published becomes the baseline. */
  void showVersion(ItemVersion version) {
    if (publishedVersion == null && baselineSteps == null) {
      baselineSteps = version.stepsCount();
      baselineMaterials = version.materialsCount();
      baselineDays = version.promisedDays();
      baselineVisits = version.visits();
    }
    this.publishedVersion = version.versionNo();
  }
}
