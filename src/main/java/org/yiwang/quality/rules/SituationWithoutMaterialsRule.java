package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** Each situation tells the applicant what to bring; an item needs at least one situation. */
@Component
class SituationWithoutMaterialsRule implements QualityRule {

  @Override
  public String code() {
    return "SITUATION_WITHOUT_MATERIALS";
  }

  @Override
  public Severity severity() {
    return Severity.BLOCKER;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (item.situations().isEmpty()) {
      findings.add(finding("situations", ""));
    }
    for (int i = 0; i < item.situations().size(); i++) {
      var situation = item.situations().get(i);
      if (situation.materials().isEmpty()) {
        findings.add(finding("situations[" + i + "].name", situation.name() == null ? "" : situation.name()));
      }
    }
    return findings;
  }
}
