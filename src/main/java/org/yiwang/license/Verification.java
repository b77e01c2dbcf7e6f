package org.yiwang.license;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The answer of a verification: {@code valid} only when the signature holds under a published
 * certificate, nothing was altered and (online) the license is neither revoked nor expired;
 * otherwise {@code reason} says why.
 */
public record Verification(
    boolean valid,
    String reason,
    String identifier,
    String name,
    String holder,
    String issuer,
    LocalDate issuedAt,
    LicenseStatus status,
    OffsetDateTime signedAt) {

  public static Verification invalid(String reason) {
    return new Verification(false, reason, null, null, null, null, null, null, null);
  }
}
