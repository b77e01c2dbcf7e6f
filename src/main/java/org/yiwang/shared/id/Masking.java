package org.yiwang.shared.id;

/** Personal identifiers as they may appear on screens and in logs. */
public final class Masking {

  private Masking() {}

  /** Keeps the first and last four characters: {@code 2108**********1234}. */
  public static String idNumber(String id) {
    if (id == null || id.isEmpty()) {
      return id;
    }
    if (id.length() <= 8) {
      return "*".repeat(id.length());
    }
    return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
  }

  /** Keeps the surname: 张三 → 张*, 欧阳娜娜 → 欧***. */
  public static String personName(String name) {
    if (name == null || name.length() < 2) {
      return name;
    }
    return name.charAt(0) + "*".repeat(name.length() - 1);
  }
}
