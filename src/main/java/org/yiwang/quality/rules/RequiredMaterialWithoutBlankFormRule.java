package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/**
 * A required material the applicant fills in needs a downloadable blank form (空白样表). Certificates
 * the government issued (those an e-license can replace) are not filled in and are exempt.
 */
@Component
class RequiredMaterialWithoutBlankFormRule implements QualityRule {

  @Override
  public String code() {
    return "REQUIRED_MATERIAL_WITHOUT_BLANK_FORM";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    forEachFilledInMaterial(item, (path, m) -> {
      if (m.blankForm() == null) {
        findings.add(finding(path + ".blankFormUpload", m.name()));
      }
    });
    return findings;
  }
}
