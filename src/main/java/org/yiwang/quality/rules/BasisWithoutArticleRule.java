package org.yiwang.quality.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import org.yiwang.quality.Severity;

/**
 * A legal basis names the article, not only the law (the paper: 申报材料只写了法律名称，没有具体条款):
 * for the item's own basis and for each material's.
 */
@Component
class BasisWithoutArticleRule implements QualityRule {

  static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百千零〇两0-9]+条");

  @Override
  public String code() {
    return "BASIS_WITHOUT_ARTICLE";
  }

  @Override
  public Severity severity() {
    return Severity.MAJOR;
  }

  @Override
  public List<Finding> check(ItemContent item, Context context) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < item.legalBasis().size(); i++) {
      var basis = item.legalBasis().get(i);
      if (!QualityRule.blank(basis.law()) && !hasArticle(basis.article())) {
        findings.add(finding("legalBasis[" + i + "].article", basis.law()));
      }
    }
    for (int i = 0; i < item.situations().size(); i++) {
      var materials = item.situations().get(i).materials();
      for (int j = 0; j < materials.size(); j++) {
        var m = materials.get(j);
        if (m.legalBasis() == null || QualityRule.blank(m.legalBasis().law())) {
          findings.add(finding("situations[" + i + "].materials[" + j + "].law", m.name()));
        } else if (!hasArticle(m.legalBasis().article())) {
          findings.add(finding("situations[" + i + "].materials[" + j + "].article", m.name()));
        }
      }
    }
    return findings;
  }

  static boolean hasArticle(String article) {
    return article != null && ARTICLE.matcher(article).find();
  }
}
