package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.Laws;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/**
 * A legal basis must name a law on the catalogue's law list: a misspelt name or a repealed
 * regulation (such as 公司登记管理条例, repealed in 2022) shows up here.
 */
@Component
class UnknownLawRule implements QualityRule {

  @Override
  public String code() {
    return "UNKNOWN_LAW";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < item.legalBasis().size(); i++) {
      check(item.legalBasis().get(i).law(), "legalBasis[" + i + "].law", context, findings);
    }
    for (int i = 0; i < item.situations().size(); i++) {
      var materials = item.situations().get(i).materials();
      for (int j = 0; j < materials.size(); j++) {
        var basis = materials.get(j).legalBasis();
        if (basis != null) {
          check(basis.law(), "situations[" + i + "].materials[" + j + "].law", context, findings);
        }
      }
    }
    return findings;
  }

  private void check(String law, String field, Context context, List<Finding> findings) {
    String name = Laws.normalise(law);
    if (!name.isEmpty() && !context.knownLaws().contains(name)) {
      findings.add(finding(field, name));
    }
  }
}
