package org.yiwang.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * At least 8 characters from at least three of: lower case, upper case, digits, symbols; not
 * containing the username. (GB/T 22239 level-3 systems ask for complexity of this kind.)
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 64;

  private PasswordPolicy() {}

  /** Message codes of the rules the password breaks; empty when it is acceptable. */
  static List<String> check(String password, String username) {
    List<String> broken = new ArrayList<>();
    // BCrypt reads at most 72 bytes: a longer password (in UTF-8) is refused, not silently cut
    if (password == null
        || password.length() < MIN_LENGTH
        || password.length() > MAX_LENGTH
        || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
      broken.add("identity.password.length");
      return broken;
    }
    int classes = 0;
    classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
    classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (classes < 3) {
      broken.add("identity.password.classes");
    }
    if (username != null
        && username.length() >= 3
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      broken.add("identity.password.username");
    }
    return broken;
  }
}
