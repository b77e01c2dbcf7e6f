package org.yiwang.license;

import java.time.OffsetDateTime;

/** A department read the license inside one of the holder's cases (shown to the holder). */
public record LicenseUse(String caseNumber, String departmentCode, String usedBy, OffsetDateTime usedAt) {}
