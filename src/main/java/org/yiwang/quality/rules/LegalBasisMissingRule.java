package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** Every item rests on a law (设定依据). */
@Component
class LegalBasisMissingRule implements QualityRule {

  @Override
  public String code() {
    return "LEGAL_BASIS_MISSING";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (item.legalBasis().stream().allMatch(b -> QualityRule.blank(b.law()))) {
      findings.add(finding("legalBasis"));
    }
    return findings;
  }
}
