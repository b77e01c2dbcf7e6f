package org.yiwang.catalog.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the searched words in an item name. Done on characters, not on index tokens, because a
 * word like 许可 must light up inside 许可证 even where smartcn cut the name differently.
 */
final class Highlighter {

  private Highlighter() {}

  static String highlight(String text, List<String> words) {
    boolean[] marked = new boolean[text.length()];
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      String w = word.toLowerCase(Locale.ROOT);
      for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
        for (int i = at; i < at + w.length(); i++) {
          marked[i] = true;
        }
      }
    }
    var html = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && marked[j] == marked[i]) {
        j++;
      }
      String part = HtmlUtils.htmlEscape(text.substring(i, j));
      html.append(marked[i] ? "<mark>" + part + "</mark>" : part);
      i = j;
    }
    return html.toString();
  }
}
