package org.yiwang.license.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.data.domain.Persistable;

/**
 * An issued e-license with its directory fields (GB/T 36902/36903) and signature. Its identifier is
 * assigned, not generated, so it says itself whether it is new: a new license is inserted (an
 * identifier already issued fails on the key) rather than merged over whatever has that identifier.
 */
@Entity
@Table(name = "e_license")
class ELicense implements Persistable<String> {

  @Id private String identifier;
  @Column(name = "license_name") private String name;
  @Column(name = "license_number") private String number;
  @Column(name = "type_name") private String typeName;
  @Column(name = "type_code") private String typeCode;
  @Column(name = "holder_username") private String holderUsername;
  @Column(name = "holder_name") private String holderName;
  @Column(name = "holder_id") private String holderId;
  @Column(name = "holder_id_type") private String holderIdType;
  @Column(name = "issuer_name") private String issuerName;
  @Column(name = "issuer_code") private String issuerCode;
  @Column(name = "department_code") private String departmentCode;
  @Column(name = "issued_on") private LocalDate issuedOn;
  @Column(name = "valid_until") private LocalDate validUntil;
  @Column(name = "territory_code") private String territoryCode;
  @Column(name = "trust_level") private String trustLevel;
  @Column(name = "revoked_at") private OffsetDateTime revokedAt;
  @Column(name = "revoked_reason") private String revokedReason;
  private String fields;
  @Column(name = "case_id") private String caseId;
  @Column(name = "case_number") private String caseNumber;
  @Column(name = "key_id") private String keyId;
  private String signature;
  @Column(name = "signed_at") private OffsetDateTime signedAt;
  @Column(name = "created_at") private OffsetDateTime createdAt;
  @Transient private boolean stored;

  protected ELicense() {}

  ELicense(
      String identifier, String name, String number, String typeName, String typeCode,
      String holderUsername, String holderName, String holderId, String holderIdType,
      String issuerName, String issuerCode, String departmentCode, LocalDate issuedOn, LocalDate validUntil,
      String territoryCode, String fields, String caseId, String caseNumber, OffsetDateTime now) {
    this.identifier = identifier;
    this.name = name;
    this.number = number;
    this.typeName = typeName;
    this.typeCode = typeCode;
    this.holderUsername = holderUsername;
    this.holderName = holderName;
    this.holderId = holderId;
    this.holderIdType = holderIdType;
    this.issuerName = issuerName;
    this.issuerCode = issuerCode;
    this.departmentCode = departmentCode;
    this.issuedOn = issuedOn;
    this.validUntil = validUntil;
    this.territoryCode = territoryCode;
    this.trustLevel = "A";
    this.fields = fields;
    this.caseId = caseId;
    this.caseNumber = caseNumber;
    this.createdAt = now;
  }

  @Override
  public String getId() { return identifier; }

  @Override
  public boolean isNew() { return !stored; }

  @PostLoad
  @PostPersist
  void markStored() { stored = true; }

  void signed(String keyId, String signature, OffsetDateTime at) {
    this.keyId = keyId;
    this.signature = signature;
    this.signedAt = at;
  }

  void revoke(String reason, OffsetDateTime at) {
    if (revokedAt != null) {
      throw org.yiwang.shared.BusinessRuleException.conflict("license.alreadyRevoked");
    }
    this.revokedAt = at;
    this.revokedReason = reason;
  }

  String identifier() { return identifier; }
  String name() { return name; }
  String number() { return number; }
  String typeName() { return typeName; }
  String typeCode() { return typeCode; }
  String holderUsername() { return holderUsername; }
  String holderName() { return holderName; }
  String holderId() { return holderId; }
  String holderIdType() { return holderIdType; }
  String issuerName() { return issuerName; }
  String issuerCode() { return issuerCode; }
  String departmentCode() { return departmentCode; }
  LocalDate issuedOn() { return issuedOn; }
  LocalDate validUntil() { return validUntil; }
  String territoryCode() { return territoryCode; }
  String trustLevel() { return trustLevel; }
  OffsetDateTime revokedAt() { return revokedAt; }
  String revokedReason() { return revokedReason; }
  String fields() { return fields; }
  String caseId() { return caseId; }
  String caseNumber() { return caseNumber; }
  String keyId() { return keyId; }
  String signature() { return signature; }
  OffsetDateTime signedAt() { return signedAt; }
  OffsetDateTime createdAt() { return createdAt; }
}
