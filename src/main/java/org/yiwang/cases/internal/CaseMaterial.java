package org.yiwang.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A file uploaded for one material of a case: kept in the file store under its content's hash. */
@Entity
@Table(name = "case_material")
class CaseMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private String caseId;

  @Column(name = "material_code")
  private String materialCode;

  @Column(name = "file_id")
  private String fileId;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "uploaded_at")
  private OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "license_identifier")
  private String licenseIdentifier;

  protected CaseMaterial() {}

  CaseMaterial(String caseId, String materialCode) {
    this.caseId = caseId;
    this.materialCode = materialCode;
  }

  /** Provided by an e-license the applicant holds, instead of a file (减材料). */
  void provideByLicense(String identifier, String licenseName, String by, OffsetDateTime at) {
    this.licenseIdentifier = identifier;
    this.fileId = null;
    this.contentType = null;
    this.size = 0;
    this.displayName = licenseName.length() > 120 ? licenseName.substring(0, 120) : licenseName;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  String licenseIdentifier() { return licenseIdentifier; }

  void replace(String fileId, String contentType, long size, String displayName, String by, OffsetDateTime at) {
    this.licenseIdentifier = null;
    this.fileId = fileId;
    this.contentType = contentType;
    this.size = size;
    this.displayName = displayName;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  String caseId() { return caseId; }
  String materialCode() { return materialCode; }
  String fileId() { return fileId; }
  String contentType() { return contentType; }
  long size() { return size; }
  String displayName() { return displayName; }
  OffsetDateTime uploadedAt() { return uploadedAt; }
  String uploadedBy() { return uploadedBy; }
}
