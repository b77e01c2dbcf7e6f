package org.yiwang.license;

/** Where a license stands. */
public enum LicenseStatus {
  VALID,
  REVOKED,
  EXPIRED
}
