package org.yiwang.license;

import java.time.LocalDate;
import java.util.Map;

/**
 * A license issued before or outside the platform, to be taken into the library (存量证照入库): the
 * library gives it an identifier and signs it with the issuing department's current key.
 */
public record IssuedLicense(
    String name,
    String typeCode,
    String holderUsername,
    String holderName,
    String holderId,
    boolean enterprise,
    String departmentCode,
    String departmentName,
    LocalDate issuedOn,
    LocalDate validUntil,
    Map<String, String> fields,
    String caseId,
    String caseNumber) {}
