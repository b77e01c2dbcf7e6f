package org.yiwang.catalog;

/** A catalogue search: free text (Chinese, pinyin initials or item code) and filters. */
public record ItemQuery(String text, String departmentCode, Boolean fullyOnline, int page, int size) {

  public static final int MAX_TEXT_LENGTH = 100;
  public static final int MAX_PAGE_SIZE = 100;

  public ItemQuery {
    text = text == null ? "" : text.strip();
    departmentCode = departmentCode == null || departmentCode.isBlank() ? null : departmentCode;
  }
}
