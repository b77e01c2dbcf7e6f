package org.yiwang.license;

import java.util.List;
import org.yiwang.identity.CurrentUser;

/** The license library's door. */
public interface Licenses {

  /** The holder's own licenses, newest first. */
  List<LicenseView> mine(CurrentUser holder);

  /** A license its holder or its issuing department may see; otherwise not found. */
  LicenseView get(CurrentUser actor, String identifier);

  /** The signed PDF of a license its holder or issuing department may see. */
  byte[] pdf(CurrentUser actor, String identifier);

  /** Verifies the text of a license's QR code. */
  Verification verifyQr(String payload);

  /** Verifies a license PDF by the signature it carries. */
  Verification verifyPdf(byte[] pdf);

  /** Every issuing certificate, current and earlier, as PEM. */
  String certificatesPem();

  /** The issuing department revokes a license, with a reason. */
  LicenseView revoke(CurrentUser staff, String identifier, String reason);

  /** Who used the holder's license, in which case, when ("who used my licenses"). */
  List<LicenseUse> uses(CurrentUser holder, String identifier);

  /** The platform administrator gives a department a new signing key; earlier certificates stay published. */
  String rotateKey(CurrentUser admin, String departmentCode);

  /** The licenses a department issued, newest first (its staff). */
  List<LicenseView> issuedBy(CurrentUser staff, int limit);

  /**
   * Takes issued licenses into the library in one batch (存量证照入库), each signed with its
   * department's current key; a license for a case that already has one is skipped. Joins the
   * caller's transaction. Returns how many were added.
   */
  int importIssued(List<IssuedLicense> issued);
}
