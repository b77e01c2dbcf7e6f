package org.yiwang.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.yiwang.catalog.ItemContent;
import org.yiwang.quality.Finding;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every rule against an item that breaks it and against a clean item. */
class QualityRulesTests {

  private static final JsonMapper JSON =
      JsonMapper.builder().disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
  private static final QualityRule.Context CONTEXT =
      new QualityRule.Context(Set.of("中华人民共和国食品安全法", "食品经营许可和备案管理办法", "中华人民共和国行政许可法"));

  /** A complete, correct item: no rule may find anything in it. */
  static ItemContent clean() {
    var file = new ItemContent.FileRef("a".repeat(64), "样表.pdf", "application/pdf");
    var basis = new ItemContent.LegalBasis("食品经营许可和备案管理办法", "第十五条", null);
    var application =
        new ItemContent.Material("m1", "食品经营许可申请书", true, ItemContent.Medium.ORIGINAL, 1, "申请人自备",
            basis, false, null, List.of("经营者名称"), null, file, file);
    var licence =
        new ItemContent.Material("m2", "营业执照", true, ItemContent.Medium.COPY, 1, "市场监管部门",
            new ItemContent.LegalBasis("中华人民共和国食品安全法", "第三十五条", null), false, "营业执照", List.of(), null, null, null);
    var steps =
        List.of(
            new ItemContent.Step("受理", ItemContent.HandlerRole.WINDOW, 0, "窗口受理"),
            new ItemContent.Step("审查", ItemContent.HandlerRole.APPROVER, 3, "审查"),
            new ItemContent.Step("决定", ItemContent.HandlerRole.APPROVER, 1, "决定"),
            new ItemContent.Step("办结", ItemContent.HandlerRole.WINDOW, 1, "送达"));
    return new ItemContent(
        "食品经营许可证核发", "000117001000", org.yiwang.catalog.ItemType.ADMINISTRATIVE_LICENSE, "食品经营许可科",
        List.of(new ItemContent.LegalBasis("中华人民共和国食品安全法", "第三十五条", "国家对食品生产经营实行许可制度。")),
        "具有与经营的食品品种、数量相适应的经营场所。", List.of(ItemContent.ServiceObject.ENTERPRISE),
        List.of(new ItemContent.Situation("new", "首次申请", "首次申请", List.of(application, licence))),
        steps, 20, 5,
        List.of(new ItemContent.Fee("工本费", new java.math.BigDecimal("10.00"), "辽价发〔2020〕1号", true)),
        "营口市市民服务中心", "周一至周五", "0417-2831022", "0417-12345",
        new ItemContent.Result("食品经营许可证", ItemContent.ResultType.CERTIFICATE, file),
        org.yiwang.catalog.OnlineDepth.FULLY_ONLINE, 0, true, true, false, true, true, null, true,
        "食品经营许可证核发流程图", "申请人在线提交申请，窗口受理后，审批人员审查并作出决定，办结后快递送达。", null);
  }

  /** The clean item changed by {@code change} on its JSON form. */
  static ItemContent broken(Consumer<ObjectNode> change) {
    ObjectNode node = JSON.valueToTree(clean());
    change.accept(node);
    return JSON.treeToValue(node, ItemContent.class);
  }

  private static ObjectNode material(ObjectNode item, int index) {
    return (ObjectNode) item.get("situations").get(0).get("materials").get(index);
  }

  static Stream<Arguments> breakingItems() {
    return Stream.of(
        Arguments.of(new FlowchartUntitledRule(), broken(n -> n.put("flowchartTitle", " ")), "flowchartTitle"),
        Arguments.of(new FlowchartDescriptionMissingRule(), broken(n -> n.remove("flowchartDescription")), "flowchartDescription"),
        Arguments.of(new FlowchartStepsMismatchRule(), broken(n -> n.put("flowchartDescription", "受理后审核，办结。")), "flowchartDescription"),
        Arguments.of(new ResultSampleMissingRule(), broken(n -> ((ObjectNode) n.get("result")).remove("sample")), "resultSampleUpload"),
        Arguments.of(new BasisWithoutArticleRule(), broken(n -> ((ObjectNode) material(n, 0).get("legalBasis")).put("article", "有关规定")), "situations[0].materials[0].article"),
        Arguments.of(new RequiredMaterialWithoutBlankFormRule(), broken(n -> material(n, 0).remove("blankForm")), "situations[0].materials[0].blankFormUpload"),
        Arguments.of(new RequiredMaterialWithoutSampleRule(), broken(n -> material(n, 0).remove("sample")), "situations[0].materials[0].sampleUpload"),
        Arguments.of(new ResponsibleOfficeEmptyRule(), broken(n -> n.put("responsibleOffice", "")), "responsibleOffice"),
        Arguments.of(new NoStepsRule(), broken(n -> ((ArrayNode) n.get("steps")).removeAll()), "steps"),
        Arguments.of(new StepIncompleteRule(), broken(n -> ((ObjectNode) n.get("steps").get(1)).remove("handlerRole")), "steps[1].handlerRole"),
        Arguments.of(new PromisedExceedsStatutoryRule(), broken(n -> n.put("promisedDays", 30)), "promisedDays"),
        Arguments.of(new FullyOnlineInconsistentRule(), broken(n -> n.put("visits", 1)), "visits"),
        Arguments.of(new FeeWithoutBasisRule(), broken(n -> ((ObjectNode) n.get("fees").get(0)).put("basis", "")), "fees[0].basis"),
        Arguments.of(new SituationWithoutMaterialsRule(), broken(n -> ((ArrayNode) n.get("situations").get(0).get("materials")).removeAll()), "situations[0].name"),
        Arguments.of(new AcceptanceConditionsEmptyRule(), broken(n -> n.put("acceptanceConditions", "\u3000 ")), "acceptanceConditions"),
        Arguments.of(new DuplicateMaterialsRule(), broken(n -> ((ArrayNode) n.get("situations").get(0).get("materials")).add(material(n, 0).deepCopy())), "situations[0].materials[2].name"),
        Arguments.of(new UnknownLawRule(), broken(n -> ((ObjectNode) n.get("legalBasis").get(0)).put("law", "《中华人民共和国公司登记管理条例》")), "legalBasis[0].law"),
        Arguments.of(new LegalBasisMissingRule(), broken(n -> ((ArrayNode) n.get("legalBasis")).removeAll()), "legalBasis"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakingItems")
  void eachRuleFindsTheDefectItIsAbout(QualityRule rule, ItemContent item, String field) {
    List<Finding> findings = rule.check(item, CONTEXT);
    assertThat(findings).extracting(Finding::field).contains(field);
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.rule()).isEqualTo(rule.code());
      assertThat(f.messageCode()).isEqualTo("quality.rule." + rule.code());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakingItems")
  void noRuleFindsAnythingInACleanItem(QualityRule rule) {
    assertThat(rule.check(clean(), CONTEXT)).isEmpty();
  }

  @Test
  void everyRuleIsTested() throws Exception {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(QualityRule.class));
    Set<String> rules =
        scanner.findCandidateComponents("org.yiwang.quality.rules").stream()
            .map(BeanDefinition::getBeanClassName)
            .collect(Collectors.toSet());
    Set<String> tested =
        breakingItems().map(a -> a.get()[0].getClass().getName()).collect(Collectors.toSet());
    assertThat(tested).isEqualTo(rules);
  }

  @Test
  void certificatesTheGovernmentIssuedNeedNoBlankForm() {
    assertThat(new RequiredMaterialWithoutBlankFormRule().check(clean(), CONTEXT)).isEmpty();
  }

  @Test
  void articlesAreRecognisedInChineseAndArabicNumerals() {
    assertThat(BasisWithoutArticleRule.hasArticle("第三十五条")).isTrue();
    assertThat(BasisWithoutArticleRule.hasArticle("第35条第一款")).isTrue();
    assertThat(BasisWithoutArticleRule.hasArticle("相关条款")).isFalse();
    assertThat(BasisWithoutArticleRule.hasArticle(null)).isFalse();
  }

  static Stream<ItemContent> oddItems() {
    return Stream.of(
        JSON.readValue("{}", ItemContent.class),
        JSON.readValue("{\"name\":\"\",\"situations\":[{\"materials\":[{}]}],\"steps\":[{}],\"fees\":[{}],\"legalBasis\":[{}],\"result\":{}}", ItemContent.class),
        JSON.readValue("{\"name\":\"\uD83D\uDE00\\u0000\",\"situations\":[{\"name\":\"\u202E\",\"materials\":[{\"name\":\"\uD83D\uDE00\",\"required\":true,\"legalBasis\":{\"law\":\"\u3000\"}}]}],\"flowchartDescription\":\"\\u0000\",\"steps\":[{\"name\":\"\"}]}", ItemContent.class));
  }

  @ParameterizedTest
  @MethodSource("oddItems")
  void oddDataGivesFindingsNeverAnException(ItemContent odd) {
    for (Arguments a : breakingItems().toList()) {
      QualityRule rule = (QualityRule) a.get()[0];
      assertThatCode(() -> rule.check(odd, CONTEXT)).as(rule.code()).doesNotThrowAnyException();
    }
    long found = breakingItems().mapToLong(a -> ((QualityRule) a.get()[0]).check(odd, CONTEXT).size()).sum();
    assertThat(found).isPositive();
  }

}
