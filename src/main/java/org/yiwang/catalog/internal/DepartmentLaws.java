package org.yiwang.catalog.internal;

import java.util.Map;
import org.yiwang.catalog.ItemContent.LegalBasis;

/** The main law each demo department applies, with the article that gives it its powers. */
final class DepartmentLaws {

  private DepartmentLaws() {}

  private static LegalBasis law(String law, String article) {
    return new LegalBasis(law, article, null);
  }

  private static final Map<String, LegalBasis> LAWS =
      Map.ofEntries(
          Map.entry("yshj", law("优化营商环境条例", "第三十五条")),
          Map.entry("fgw", law("企业投资项目核准和备案管理条例", "第三条")),
          Map.entry("jyj", law("中华人民共和国教育法", "第二十七条")),
          Map.entry("kjj", law("中华人民共和国促进科技成果转化法", "第三条")),
          Map.entry("gxj", law("中华人民共和国中小企业促进法", "第三条")),
          Map.entry("gaj", law("中华人民共和国户口登记条例", "第三条")),
          Map.entry("mzj", law("社会救助暂行办法", "第九条")),
          Map.entry("sfj", law("中华人民共和国法律援助法", "第三十一条")),
          Map.entry("czj", law("中华人民共和国政府采购法", "第十三条")),
          Map.entry("rsj", law("中华人民共和国社会保险法", "第八条")),
          Map.entry("zrzyj", law("中华人民共和国城乡规划法", "第三十七条")),
          Map.entry("sthjj", law("中华人民共和国环境影响评价法", "第二十二条")),
          Map.entry("zjj", law("中华人民共和国建筑法", "第七条")),
          Map.entry("jtj", law("中华人民共和国道路运输条例", "第十条")),
          Map.entry("slj", law("中华人民共和国水法", "第四十八条")),
          Map.entry("nyj", law("农药管理条例", "第二十四条")),
          Map.entry("swj", law("中华人民共和国对外贸易法", "第十六条")),
          Map.entry("wlj", law("娱乐场所管理条例", "第九条")),
          Map.entry("wjw", law("医疗机构管理条例", "第九条")),
          Map.entry("tyjrj", law("中华人民共和国退役军人保障法", "第六十二条")),
          Map.entry("yjj", law("危险化学品安全管理条例", "第三十三条")),
          Map.entry("scjgj", law("中华人民共和国市场主体登记管理条例", "第三条")),
          Map.entry("ybj", law("中华人民共和国社会保险法", "第二十九条")),
          Map.entry("lcj", law("中华人民共和国森林法", "第五十六条")),
          Map.entry("cgj", law("城市道路管理条例", "第三十条")),
          Map.entry("rfb", law("中华人民共和国人民防空法", "第二十二条")),
          Map.entry("qxj", law("气象灾害防御条例", "第二十三条")),
          Map.entry("gjj", law("住房公积金管理条例", "第二十四条")),
          Map.entry("sw", law("中华人民共和国税收征收管理法", "第十五条")),
          Map.entry("bdc", law("不动产登记暂行条例", "第十四条")),
          Map.entry("dag", law("中华人民共和国档案法", "第二十八条")),
          Map.entry("cl", law("中华人民共和国残疾人保障法", "第十五条")),
          Map.entry("mzw", law("宗教事务条例", "第二十一条")),
          Map.entry("xfzd", law("中华人民共和国消防法", "第十五条")));

  static java.util.Collection<LegalBasis> all() {
    return LAWS.values();
  }

  static LegalBasis of(String departmentCode) {
    return LAWS.getOrDefault(departmentCode, law("中华人民共和国行政许可法", "第十二条"));
  }
}
