package org.yiwang.license.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One read of a license by a department inside a case of its holder. */
@Entity
@Table(name = "license_use")
class UseRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String identifier;

  @Column(name = "case_number")
  private String caseNumber;

  @Column(name = "department_code")
  private String departmentCode;

  @Column(name = "used_by")
  private String usedBy;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  protected UseRecord() {}

  UseRecord(String identifier, String caseNumber, String departmentCode, String usedBy, OffsetDateTime usedAt) {
    this.identifier = identifier;
    this.caseNumber = caseNumber;
    this.departmentCode = departmentCode;
    this.usedBy = usedBy;
    this.usedAt = usedAt;
  }

  org.yiwang.license.LicenseUse view() {
    return new org.yiwang.license.LicenseUse(caseNumber, departmentCode, usedBy, usedAt);
  }
}
