package org.yiwang.cases;

import java.util.Optional;
import org.yiwang.identity.CurrentUser;

/**
 * What the case needs from the e-license library, which implements it (the library depends on
 * cases, not the other way round): whether an applicant holds a valid license of a type, and the
 * license's PDF for staff handling a case that names that type, each such read logged for the holder.
 */
public interface HeldLicenses {

  /** A valid license of the type (by its name, as a material names it) the applicant holds. */
  Optional<HeldLicense> valid(String holderUsername, String typeName);

  /** The license's PDF for staff of a case that reuses it; logged, and visible to the holder. */
  Optional<byte[]> readForCase(String identifier, String holderUsername, String caseNumber, CurrentUser staff);

  /** A license that can stand in for a material. */
  record HeldLicense(String identifier, String name, String number, String issuer) {}
}
