package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** The applicant must see a sample of the result (结果样本). */
@Component
class ResultSampleMissingRule implements QualityRule {

  @Override
  public String code() {
    return "RESULT_SAMPLE_MISSING";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (item.result() == null || item.result().sample() == null) {
      findings.add(finding("resultSampleUpload"));
    }
    return findings;
  }
}
