package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** The promised time limit may not exceed the statutory one (行政许可法 art. 42). */
@Component
class PromisedExceedsStatutoryRule implements QualityRule {

  @Override
  public String code() {
    return "PROMISED_EXCEEDS_STATUTORY";
  }

  @Override
  public Severity severity() {
    return Severity.BLOCKER;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (item.statutoryDays() > 0 && item.promisedDays() > item.statutoryDays()) {
      findings.add(finding("promisedDays", item.promisedDays(), item.statutoryDays()));
    }
    return findings;
  }
}
