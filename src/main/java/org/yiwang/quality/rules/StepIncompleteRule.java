package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/**
 * Each step names who handles it; an item with a promised time limit shares it out among its steps
 * (a step may take no day of its own, such as acceptance on the spot, but not all of them).
 */
@Component
class StepIncompleteRule implements QualityRule {

  @Override
  public String code() {
    return "STEP_INCOMPLETE";
  }

  @Override
  public Severity severity() {
    return Severity.MINOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    var steps = item.steps();
    for (int i = 0; i < steps.size(); i++) {
      var step = steps.get(i);
      if (step.handlerRole() == null) {
        findings.add(finding("steps[" + i + "].handlerRole", step.name()));
      }
    }
    if (item.promisedDays() > 0 && !steps.isEmpty() && steps.stream().allMatch(s -> s.days() <= 0)) {
      findings.add(finding("steps[0].days", steps.get(0).name()));
    }
    return findings;
  }
}
