package org.yiwang.shared.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.yiwang.shared.TimeConfiguration;

/**
 * The 18-character resident ID number (居民身份证号码, GB 11643): 6-digit area, 8-digit birth date,
 * 3-digit sequence, and a check character by ISO 7064 MOD 11-2 ({@code X} stands for 10).
 */
public final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = "10X98765432".toCharArray();

  private ResidentIdNumber() {}

  public static boolean isValid(String id) {
    if (id == null || !id.matches("\\d{17}[0-9Xx]")) {
      return false;
    }
    if (!validBirthDate(id.substring(6, 14))) {
      return false;
    }
    return Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static boolean validBirthDate(String yyyymmdd) {
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(yyyymmdd.substring(0, 4)),
              Integer.parseInt(yyyymmdd.substring(4, 6)),
              Integer.parseInt(yyyymmdd.substring(6, 8)));
      return date.getYear() >= 1850 && !date.isAfter(LocalDate.now(TimeConfiguration.CHINA));
    } catch (DateTimeException e) {
      return false;
    }
  }
}
