package org.yiwang.license;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-license identifier (GB/T 36901/36904): {@code 1.2.156.3005.2.<type code>.<issuer USCC>.<serial>.<version>.<check>},
 * the version three digits, the check character by ISO/IEC 7064 MOD 37,36 (GB/T 17710) over the
 * concatenated type code, issuer code, serial and version.
 */
public record LicenseIdentifier(String typeCode, String issuerCode, String serial, int version) {

  public static final String ROOT = "1.2.156.3005.2";
  private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final Pattern PART = Pattern.compile("[0-9A-Z]+");

  public LicenseIdentifier {
    Objects.requireNonNull(typeCode);
    Objects.requireNonNull(issuerCode);
    Objects.requireNonNull(serial);
    if (!PART.matcher(typeCode).matches() || !PART.matcher(issuerCode).matches() || !PART.matcher(serial).matches()) {
      throw new IllegalArgumentException("identifier parts are digits and capital letters");
    }
    if (version < 1 || version > 999) {
      throw new IllegalArgumentException("version is 001 to 999");
    }
  }

  /** The ISO/IEC 7064 MOD 37,36 check character of a string of digits and capital letters. */
  public static char checkCharacter(String text) {
    int modulus = 36;
    int p = modulus;
    for (int i = 0; i < text.length(); i++) {
      int value = ALPHABET.indexOf(text.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a digit or capital letter: " + text.charAt(i));
      }
      p = (p + value) % modulus;
      if (p == 0) {
        p = modulus;
      }
      p = (p * 2) % (modulus + 1);
    }
    return ALPHABET.charAt((modulus + 1 - p) % modulus);
  }

  public String versionText() {
    return "%03d".formatted(version);
  }

  public char check() {
    return checkCharacter(typeCode + issuerCode + serial + versionText());
  }

  @Override
  public String toString() {
    return ROOT + "." + typeCode + "." + issuerCode + "." + serial + "." + versionText() + "." + check();
  }

  /** Reads an identifier; refuses a wrong shape or a wrong check character. */
  public static LicenseIdentifier parse(String text) {
    if (text == null || !text.startsWith(ROOT + ".")) {
      throw new IllegalArgumentException("not an e-license identifier");
    }
    String[] parts = text.substring(ROOT.length() + 1).split("\\.");
    if (parts.length != 5 || parts[3].length() != 3 || parts[4].length() != 1) {
      throw new IllegalArgumentException("not an e-license identifier");
    }
    LicenseIdentifier id;
    try {
      id = new LicenseIdentifier(parts[0], parts[1], parts[2], Integer.parseInt(parts[3]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not an e-license identifier");
    }
    if (id.check() != parts[4].charAt(0)) {
      throw new IllegalArgumentException("wrong check character");
    }
    return id;
  }
}
