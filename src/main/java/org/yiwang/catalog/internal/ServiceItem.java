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

  void showVersion(int version) {
    this.publishedVersion = version;
  }
}
