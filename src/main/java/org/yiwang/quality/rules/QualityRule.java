package org.yiwang.quality.rules;

import java.util.List;
import java.util.Set;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/**
 * One rule of the catalogue audit. Adding a rule is adding one class that implements this and is
 * a Spring component; its messages are {@code quality.rule.<CODE>} in the message files. A rule
 * must report odd data (blank strings, missing parts) as findings, never throw.
 */
public interface QualityRule {

  String code();

  Severity severity();

  /** What the catalogue knows that rules may need. */
  record Context(Set<String> knownLaws) {}

  List<Finding> check(ItemContent item, Context context);

  default Finding finding(String field, Object... args) {
    List<Object> safe = java.util.Arrays.stream(args).map(a -> a == null ? (Object) "" : a).toList();
    return new Finding(code(), severity(), field, "quality.rule." + code(), safe);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Calls {@code action} with the editor path of each required material the applicant fills in. */
  default void forEachFilledInMaterial(
      ItemContent item, java.util.function.BiConsumer<String, ItemContent.Material> action) {
    for (int i = 0; i < item.situations().size(); i++) {
      var materials = item.situations().get(i).materials();
      for (int j = 0; j < materials.size(); j++) {
        var m = materials.get(j);
        if (m.required() && blank(m.licenseTypeCode())) {
          action.accept("situations[" + i + "].materials[" + j + "]", m);
        }
      }
    }
  }
}
