package org.yiwang.catalog;

/** How law names are compared: without book-title marks (《》) and surrounding spaces. */
public final class Laws {

  private Laws() {}

  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    return name.replace("《", "").replace("》", "").strip();
  }
}
