package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** Someone must answer for the item (责任科室). */
@Component
class ResponsibleOfficeEmptyRule implements QualityRule {

  @Override
  public String code() {
    return "RESPONSIBLE_OFFICE_EMPTY";
  }

  @Override
  public Severity severity() {
    return Severity.BLOCKER;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (QualityRule.blank(item.responsibleOffice())) {
      findings.add(finding("responsibleOffice"));
    }
    return findings;
  }
}
