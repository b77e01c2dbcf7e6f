package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/**
 * The flowchart's description must walk the item's own steps, in order (the paper: 流程图中部分环节与
 * 实际办理环节没有全部对应上). The drawing itself is made from the steps, so it cannot diverge; the text
 * written beside it can.
 */
@Component
class FlowchartStepsMismatchRule implements QualityRule {

  @Override
  public String code() {
    return "FLOWCHART_STEPS_MISMATCH";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    String description = item.flowchartDescription();
    if (QualityRule.blank(description) || item.steps().isEmpty()) {
      return findings; // a missing description is its own rule
    }
    int from = 0;
    for (var step : item.steps()) {
      String name = step.name() == null ? "" : step.name().strip();
      int at = name.isEmpty() ? -1 : description.indexOf(name, from);
      if (at < 0) {
        findings.add(finding("flowchartDescription", name));
        return findings;
      }
      from = at + name.length();
    }
    return findings;
  }
}
