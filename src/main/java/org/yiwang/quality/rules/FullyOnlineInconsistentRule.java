package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** "Fully online" means no visit and the deepest online depth. */
@Component
class FullyOnlineInconsistentRule implements QualityRule {

  @Override
  public String code() {
    return "FULLY_ONLINE_INCONSISTENT";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    if (item.fullyOnline()
        && (item.visits() > 0 || item.onlineDepth() != org.yiwang.catalog.OnlineDepth.FULLY_ONLINE)) {
      findings.add(finding("visits", item.visits()));
    }
    return findings;
  }
}
