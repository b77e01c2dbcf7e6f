package org.yiwang.shared.id;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100): registration authority,
 * entity type, 6-digit area, 9-character organisation code (with its own GB 11714 check), and a
 * check character over the first 17 by weights 3^i mod 31 in the 31-character code set.
 */
public final class UnifiedSocialCreditCode {

  /** The code set: digits and capital letters without I, O, Z, S, V. */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  private UnifiedSocialCreditCode() {}

  public static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (CHARSET.indexOf(code.charAt(i)) < 0) {
        return false;
      }
    }
    if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
      return false;
    }
    return code.charAt(17) == checkCharacter(code.substring(0, 17))
        && validOrganisationCode(code.substring(8, 17));
  }

  /** The check character for the first 17 characters. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  /** The GB 11714 check character (digit or X) of an 8-character organisation code body. */
  public static char organisationCheck(String first8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += value(first8.charAt(i)) * ORG_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  private static boolean validOrganisationCode(String nine) {
    return nine.charAt(8) == organisationCheck(nine.substring(0, 8));
  }

  // GB 11714 values: digits as themselves, letters A=10 ... Z=35
  private static int value(char c) {
    return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
  }

  /** A valid code from its first 16 characters (builds the organisation check and the final one). */
  public static String complete(String first16) {
    String withOrg = first16 + organisationCheck(first16.substring(8, 16));
    return withOrg + checkCharacter(withOrg);
  }
}
