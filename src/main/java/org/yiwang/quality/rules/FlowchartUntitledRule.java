package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** The flowchart must carry a title (the paper: 流程图没有注明标题). */
@Component
class FlowchartUntitledRule implements QualityRule {

  @Override
  public String code() {
    return "FLOWCHART_UNTITLED";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (QualityRule.blank(item.flowchartTitle())) {
      findings.add(finding("flowchartTitle"));
    }
    return findings;
  }
}
