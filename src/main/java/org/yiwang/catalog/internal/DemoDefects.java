package org.yiwang.catalog.internal;

import java.util.Map;
import java.util.Random;
import org.yiwang.catalog.ItemContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The defects the paper found in Yingkou's online catalogue (§2.2), put into the generated demo
 * items in realistic proportions: careful departments have few, careless ones many, so that the
 * quality scoreboard tells the story. Hand-written items are left clean.
 */
final class DemoDefects {

  /** How careful each department is with its entries (1 = flawless); the rest are middling. */
  private static final Map<String, Double> CARE =
      Map.ofEntries(
          Map.entry("scjgj", 0.95), Map.entry("gjj", 0.97), Map.entry("yshj", 0.97),
          Map.entry("sw", 0.92), Map.entry("ybj", 0.9), Map.entry("rsj", 0.85),
          Map.entry("bdc", 0.85), Map.entry("gaj", 0.8), Map.entry("rfb", 0.15),
          Map.entry("qxj", 0.25), Map.entry("lcj", 0.3), Map.entry("mzw", 0.3),
          Map.entry("cgj", 0.35), Map.entry("dag", 0.45), Map.entry("slj", 0.4),
          Map.entry("nyj", 0.45), Map.entry("tyjrj", 0.5));

  /** Regulations repealed in 2022 by the 市场主体登记管理条例, still cited by careless entries. */
  private static final String[] REPEALED = {"中华人民共和国公司登记管理条例", "个体工商户条例", "中华人民共和国企业法人登记管理条例"};

  private final JsonMapper json;
  private final Random random;

  DemoDefects(JsonMapper json, long seed) {
    this.json = json;
    this.random = new Random(seed);
  }

  static double care(String departmentCode) {
    return CARE.getOrDefault(departmentCode, 0.55 + (Math.abs(departmentCode.hashCode()) % 20) / 100.0);
  }

  ItemContent spoil(String departmentCode, ItemContent item) {
    double carelessness = 1 - care(departmentCode);
    ObjectNode node = (ObjectNode) json.valueToTree(item);
    if (chance(0.8, carelessness)) node.put("flowchartDescription", "");
    if (chance(0.35, carelessness)) node.remove("flowchartTitle");
    if (chance(0.2, carelessness) && node.path("steps").size() > 2) {
      node.put("flowchartDescription", "申请人提交申请后，经受理、现场勘查、审核、办结四个环节办理。");
    }
    if (chance(0.6, carelessness)) ((ObjectNode) node.get("result")).remove("sample");
    if (chance(0.15, carelessness)) node.put("responsibleOffice", "");
    if (chance(0.12, carelessness)) node.put("acceptanceConditions", " ");
    if (chance(0.25, carelessness)) ((ObjectNode) node.get("steps").get(1 % node.get("steps").size())).remove("handlerRole");
    if (chance(0.06, carelessness)) node.put("promisedDays", node.get("statutoryDays").asInt() + 10);
    if (chance(0.12, carelessness)) {
      node.put("visits", 1);
    }
    if (chance(0.2, carelessness)) {
      ((ObjectNode) node.get("legalBasis").get(0)).put("law", REPEALED[random.nextInt(REPEALED.length)]);
    }
    if (chance(0.06, carelessness)) {
      ObjectNode fee = json.createObjectNode().put("name", "工本费").put("amount", "10.00").put("basis", "").put("waivable", false);
      ((ArrayNode) node.get("fees")).add(fee);
    }
    for (JsonNode situation : node.get("situations")) {
      ArrayNode materials = (ArrayNode) situation.get("materials");
      if (chance(0.45, carelessness)) ((ObjectNode) materials.get(0)).remove("blankForm");
      if (chance(0.55, carelessness)) ((ObjectNode) materials.get(0)).remove("sample");
      if (chance(0.6, carelessness)) ((ObjectNode) materials.get(2)).remove("blankForm");
      if (chance(0.7, carelessness)) ((ObjectNode) materials.get(2)).remove("sample");
      if (chance(0.5, carelessness)) ((ObjectNode) materials.get(2).get("legalBasis")).put("article", "");
      if (chance(0.1, carelessness)) materials.add(materials.get(1).deepCopy());
      if (chance(0.04, carelessness)) materials.removeAll();
    }
    return json.treeToValue(node, ItemContent.class);
  }

  /** A defect occurs with probability {@code base} scaled by how careless the department is. */
  private boolean chance(double base, double carelessness) {
    return random.nextDouble() < Math.min(1, base * carelessness * 1.6);
  }
}
