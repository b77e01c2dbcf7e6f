package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** An item without steps (办理环节) cannot be run. */
@Component
class NoStepsRule implements QualityRule {

  @Override
  public String code() {
    return "NO_STEPS";
  }

  @Override
  public Severity severity() {
    return Severity.BLOCKER;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (item.steps().isEmpty()) {
      findings.add(finding("steps"));
    }
    return findings;
  }
}
