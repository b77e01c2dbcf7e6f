package org.yiwang.shared;

import org.springframework.data.domain.PageRequest;

/**
 * Pages as the platform's lists take them: a page number from 0 to {@value #MAX_PAGE} (a page past
 * the end is an empty one, never an error) and a size from 1 to the list's own maximum.
 */
public final class Paging {

  public static final int MAX_PAGE = 10_000;

  private Paging() {}

  /** The page asked for, brought into 0 … {@value #MAX_PAGE}. */
  public static int page(int requested) {
    return Math.max(0, Math.min(requested, MAX_PAGE));
  }

  /** The page and size asked for, each brought into its range. */
  public static PageRequest of(int page, int size, int maxSize) {
    return PageRequest.of(page(page), Math.max(1, Math.min(size, maxSize)));
  }
}
