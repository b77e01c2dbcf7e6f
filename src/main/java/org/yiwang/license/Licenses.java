package org.yiwang.license;

import java.util.List;
import org.springframework.data.domain.Slice;
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
  Slice<LicenseUse> uses(CurrentUser holder, String identifier, int page, int size);

  /** The platform administrator gives a department a new signing key; earlier certificates stay published. */
  String rotateKey(CurrentUser admin, String departmentCode);

  /** Longest text {@link #issuedBy} searches for. */
  int MAX_QUERY_LENGTH = 64;

  /**
   * A page of the licenses the staff member's department issued, newest first. A non-blank query
   * finds a license number, a case number or a holder's ID number exactly, or part of a holder's
   * name; such a search is audited, as it looks people up. Nothing for anyone but staff.
   */
  Slice<LicenseView> issuedBy(CurrentUser staff, String query, int page, int size);

  /**
   * Takes issued licenses into the library in one batch (存量证照入库), each signed with its
   * department's current key; a license for a case that already has one is skipped. Joins the
   * caller's transaction. Returns how many were added.
   */
  int importIssued(List<IssuedLicense> issued);
}
