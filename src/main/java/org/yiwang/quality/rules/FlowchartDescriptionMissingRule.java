package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** The flowchart needs its description (流程图说明). */
@Component
class FlowchartDescriptionMissingRule implements QualityRule {

  @Override
  public String code() {
    return "FLOWCHART_DESCRIPTION_MISSING";
  }

  @Override
  public Severity severity() {
    return Severity.MINOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (QualityRule.blank(item.flowchartDescription())) {
      findings.add(finding("flowchartDescription"));
    }
    return findings;
  }
}
