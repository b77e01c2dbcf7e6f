package org.yiwang.catalog.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What citizens call a service and what the catalogue calls it. People search for 社保, 医保 or
 * 驾照; the catalogue's standard names say 社会保险, 医疗保险 and 驾驶证, so neither the words nor
 * the bigrams of the short form occur in them (社保 found nothing among 100,000 items). A query is
 * also searched with each short form it contains written out in full.
 */
final class CommonNames {

  private CommonNames() {}

  /** Short form → the catalogue's names for it (no short form occurs inside another or inside a full name). */
  private static final Map<String, List<String>> FULL_NAMES = Map.ofEntries(
      Map.entry("社保", List.of("社会保险")),
      Map.entry("医保", List.of("医疗保险", "医疗保障")),
      Map.entry("低保", List.of("最低生活保障")),
      Map.entry("个税", List.of("个人所得税")),
      Map.entry("驾照", List.of("驾驶证")),
      Map.entry("房产证", List.of("不动产权证书")),
      Map.entry("残疾证", List.of("残疾人证")),
      Map.entry("失业金", List.of("失业保险金")),
      Map.entry("准生证", List.of("生育登记")),
      Map.entry("出生证", List.of("出生医学证明")),
      Map.entry("生育险", List.of("生育保险")),
      Map.entry("工伤险", List.of("工伤保险")),
      Map.entry("老年证", List.of("老年人优待证")),
      Map.entry("户口", List.of("户籍")));

  /**
   * The query's text written out in full: every short form it contains replaced by its full name
   * (社保转移 → 社会保险转移); one form per full name where a short form has several (异地医保 →
   * 异地医疗保险, 异地医疗保障). Empty when the text has no short form.
   */
  static List<String> writtenOut(String text) {
    List<Map.Entry<String, List<String>>> found =
        FULL_NAMES.entrySet().stream().filter(e -> text.contains(e.getKey())).toList();
    int forms = found.stream().mapToInt(e -> e.getValue().size()).max().orElse(0);
    Set<String> written = new LinkedHashSet<>();
    for (int i = 0; i < forms; i++) {
      String form = text;
      for (var entry : found) {
        List<String> full = entry.getValue();
        form = form.replace(entry.getKey(), full.get(Math.min(i, full.size() - 1)));
      }
      written.add(form);
    }
    return List.copyOf(written);
  }
}
