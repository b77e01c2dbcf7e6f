package org.yiwang.license;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A license as its holder, its issuer and a verifier see it: the holder's identifier masked. */
public record LicenseView(
    String identifier,
    String name,
    String number,
    String typeName,
    String typeCode,
    String holderName,
    String holderIdMasked,
    String holderIdType,
    String issuer,
    String issuerCode,
    String departmentCode,
    LocalDate issuedOn,
    LocalDate validUntil,
    String territory,
    String trustLevel,
    LicenseStatus status,
    Map<String, String> fields,
    String caseNumber,
    String revokedReason,
    OffsetDateTime revokedAt,
    String holderUsername) {}
