package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** A fee may only be charged on a stated basis (收费依据). */
@Component
class FeeWithoutBasisRule implements QualityRule {

  @Override
  public String code() {
    return "FEE_WITHOUT_BASIS";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < item.fees().size(); i++) {
      var fee = item.fees().get(i);
      if (QualityRule.blank(fee.basis())) {
        findings.add(finding("fees[" + i + "].basis", fee.name() == null ? "" : fee.name()));
      }
    }
    return findings;
  }
}
