package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** The same material asked twice in one situation. */
@Component
class DuplicateMaterialsRule implements QualityRule {

  @Override
  public String code() {
    return "DUPLICATE_MATERIALS";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < item.situations().size(); i++) {
      var seen = new java.util.HashSet<String>();
      var materials = item.situations().get(i).materials();
      for (int j = 0; j < materials.size(); j++) {
        String name = materials.get(j).name() == null ? "" : materials.get(j).name().strip();
        if (!name.isEmpty() && !seen.add(name)) {
          findings.add(finding("situations[" + i + "].materials[" + j + "].name", name));
        }
      }
    }
    return findings;
  }
}
