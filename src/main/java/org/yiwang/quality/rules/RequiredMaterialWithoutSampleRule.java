package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/** A required material the applicant fills in needs a sample text (示范文本); certificates are exempt. */
@Component
class RequiredMaterialWithoutSampleRule implements QualityRule {

  @Override
  public String code() {
    return "REQUIRED_MATERIAL_WITHOUT_SAMPLE";
  }

  @Override
  public Severity severity() {
    return Severity.MINOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    forEachFilledInMaterial(item, (path, m) -> {
      if (m.sample() == null) {
        findings.add(finding(path + ".sampleUpload", m.name()));
      }
    });
    return findings;
  }
}
