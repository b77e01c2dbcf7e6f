package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** The acceptance conditions (受理条件) say who may apply. */
@Component
class AcceptanceConditionsEmptyRule implements QualityRule {

  @Override
  public String code() {
    return "ACCEPTANCE_CONDITIONS_EMPTY";
  }

  @Override
  public Severity severity() {
    return Severity.BLOCKER;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (QualityRule.blank(item.acceptanceConditions())) {
      findings.add(finding("acceptanceConditions"));
    }
    return findings;
  }
}
