package org.yiwang.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.FileRef;
import org.yiwang.catalog.ItemContent.HandlerRole;
import org.yiwang.catalog.ItemContent.LegalBasis;
import org.yiwang.catalog.ItemContent.Material;
import org.yiwang.catalog.ItemContent.Medium;
import org.yiwang.catalog.ItemContent.Result;
import org.yiwang.catalog.ItemContent.ResultType;
import org.yiwang.catalog.ItemContent.ServiceObject;
import org.yiwang.catalog.ItemContent.Situation;
import org.yiwang.catalog.ItemContent.Step;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.OnlineDepth;
import org.yiwang.catalog.internal.CatalogueDemoData.DemoDepartment;
import org.yiwang.catalog.internal.CatalogueDemoData.DemoItem;

/**
 * The generated part of the demo catalogue: for each department, as many items as it has beyond
 * its hand-written ones, named from a list of real item names and filled in from the item's type
 * and department. Deterministic: the same seed gives the same catalogue.
 */
final class GeneratedItems {

  static final List<String> APPLICATION_FIELDS =
      List.of("申请人姓名/名称", "证件类型及号码", "法定代表人/负责人", "联系电话", "通讯地址", "申请事项", "申请理由及说明");
  static final List<String> ATTORNEY_FIELDS =
      List.of("委托人姓名/名称", "委托人证件号码", "受托人姓名", "受托人身份证号码", "委托事项及权限", "委托期限");

  /** Laws every generated item may cite besides its department's. */
  static final List<String> GENERAL_LAWS =
      List.of("中华人民共和国行政许可法", "中华人民共和国居民身份证法", "中华人民共和国市场主体登记管理条例", "中华人民共和国民法典");

  /** A name from {@code demo/item-names.json}. */
  record Name(String name, ItemType type) {}

  /** Documents shared by generated items. */
  record GenericFiles(
      FileRef applicationBlank,
      FileRef applicationSample,
      FileRef attorneyBlank,
      FileRef attorneySample,
      FileRef proofBlank,
      FileRef proofSample,
      Function<String, FileRef> resultSample) {}

  static final List<String> PROOF_FIELDS = List.of("证明材料名称", "出具单位", "证明内容摘要", "出具日期", "份数");

  private static final String CENTRE = "营口市市民服务中心";
  private static final String CENTRE_ADDRESS = "营口市站前区渤海大街西61号";
  private static final String HOURS = "周一至周五 上午8:30-11:30 下午13:00-17:00（法定节假日除外）";

  private final List<DemoDepartment> departments;
  private final List<DemoItem> handwritten;
  private final Supplier<GenericFiles> filesSupplier;
  private final Random random = new Random(2022);

  GeneratedItems(
      List<DemoDepartment> departments, List<DemoItem> handwritten, Supplier<GenericFiles> files) {
    this.departments = departments;
    this.handwritten = handwritten;
    this.filesSupplier = files;
  }

  private record Planned(DemoDepartment department, Name name, int sequence, double onlineScore) {}

  List<DemoItem> generate(Map<String, List<Name>> names, int fullyOnlineTotal) {
    GenericFiles files = filesSupplier.get();
    Set<String> taken = new HashSet<>();
    Map<String, Integer> handwrittenPerDepartment = new HashMap<>();
    int handwrittenOnline = 0;
    for (DemoItem item : handwritten) {
      taken.add(item.departmentCode() + "|" + item.content().name());
      handwrittenPerDepartment.merge(item.departmentCode(), 1, Integer::sum);
      handwrittenOnline += item.content().fullyOnline() ? 1 : 0;
    }
    List<Planned> planned = new ArrayList<>();
    for (DemoDepartment department : departments) {
      int wanted = department.items() - handwrittenPerDepartment.getOrDefault(department.code(), 0);
      List<Name> candidates = names.getOrDefault(department.code(), List.of());
      int sequence = 101;
      for (Name name : candidates) {
        if (wanted <= 0) {
          break;
        }
        if (!taken.add(department.code() + "|" + name.name())) {
          continue;
        }
        planned.add(new Planned(department, name, sequence++, onlineScore(department, name)));
        wanted--;
      }
      if (wanted > 0) {
        throw new IllegalStateException(
            "demo/item-names.json has too few names for " + department.code());
      }
    }
    // the paper's figure: exactly this many fully online items in the whole catalogue
    int online = fullyOnlineTotal - handwrittenOnline;
    Set<Planned> fullyOnline = new HashSet<>();
    planned.stream()
        .sorted(Comparator.comparingDouble(Planned::onlineScore).reversed())
        .limit(Math.max(0, online))
        .forEach(fullyOnline::add);
    return planned.stream().map(p -> item(p, fullyOnline.contains(p), files)).toList();
  }

  /** Some departments and kinds of item went online sooner than others. */
  private double onlineScore(DemoDepartment department, Name name) {
    double score = random.nextDouble();
    score += switch (department.code()) {
      case "gjj", "sw", "ybj", "rsj", "scjgj", "yshj", "dag" -> 0.45;
      case "zrzyj", "zjj", "sthjj", "xfzd", "rfb", "lcj", "slj" -> -0.35;
      default -> 0;
    };
    score += switch (name.type()) {
      case PUBLIC_SERVICE, ADMINISTRATIVE_CONFIRMATION -> 0.2;
      case ADMINISTRATIVE_INSPECTION, ADMINISTRATIVE_ADJUDICATION -> -0.6;
      default -> 0;
    };
    return score;
  }

  private DemoItem item(Planned p, boolean fullyOnline, GenericFiles files) {
    DemoDepartment d = p.department();
    Name n = p.name();
    Rules rules = Rules.of(n.type());
    List<ServiceObject> objects = serviceObjects(n.name(), d.code());
    LegalBasis departmentLaw = DepartmentLaws.of(d.code());
    LegalBasis applicationBasis =
        n.type() == ItemType.ADMINISTRATIVE_LICENSE
            ? new LegalBasis("中华人民共和国行政许可法", "第二十九条", "公民、法人或者其他组织从事特定活动，依法需要取得行政许可的，应当向行政机关提出申请。")
            : departmentLaw;

    int promised = rules.promised(random);
    List<Step> steps = steps(promised, n.type());
    boolean decidedInCentre = random.nextDouble() > 0.12;
    int visits = fullyOnline ? 0 : (random.nextDouble() < 0.85 ? 1 : 2);
    OnlineDepth depth =
        fullyOnline
            ? OnlineDepth.FULLY_ONLINE
            : random.nextDouble() < 0.8 ? OnlineDepth.ONLINE_APPLICATION : OnlineDepth.DOWNLOAD;
    String resultName = rules.resultName(n.name());
    String typeCode = TYPE_CODES.get(n.type());

    List<Situation> situations = new ArrayList<>();
    if (objects.contains(ServiceObject.PERSON)) {
      situations.add(situation("person", "自然人申请", "申请人为具有完全民事行为能力的自然人。", n, applicationBasis, departmentLaw, files, ServiceObject.PERSON));
    }
    if (objects.contains(ServiceObject.ENTERPRISE)) {
      situations.add(situation("organisation", "法人或其他组织申请", "申请人为依法设立的法人或其他组织。", n, applicationBasis, departmentLaw, files, ServiceObject.ENTERPRISE));
    }
    var content =
        new ItemContent(
            n.name(),
            basicCode(d.code(), p.sequence()),
            n.type(),
            d.office(),
            List.of(departmentLaw),
            rules.conditions(),
            objects,
            situations,
            steps,
            rules.statutory(),
            promised,
            List.of(),
            CENTRE + floor(d) + " " + shortName(d.name()) + "窗口（" + CENTRE_ADDRESS + "）",
            HOURS,
            d.phone(),
            "0417-12345",
            new Result(resultName, rules.resultType(), files.resultSample().apply(resultName)),
            depth,
            visits,
            fullyOnline,
            random.nextDouble() < 0.6,
            fullyOnline && random.nextDouble() < 0.3,
            fullyOnline || random.nextDouble() < 0.4,
            decidedInCentre,
            decidedInCentre ? null : d.name() + "机关办公地点（" + d.office() + "）",
            decidedInCentre && random.nextDouble() > 0.15,
            n.name() + "流程图",
            flowchartDescription(steps),
            applicantGuide(situations));
    String code = "210800-" + d.code().toUpperCase() + "-" + typeCode + "-" + "%04d".formatted(p.sequence());
    return new DemoItem(code, d.code(), content);
  }

  private Situation situation(
      String code,
      String name,
      String conditions,
      Name item,
      LegalBasis applicationBasis,
      LegalBasis departmentLaw,
      GenericFiles files,
      ServiceObject applicant) {
    List<Material> materials = new ArrayList<>();
    materials.add(
        new Material("application", item.name() + "申请表", true, Medium.ORIGINAL, 1, "申请人自备（可在线填写）",
            applicationBasis, false, null, APPLICATION_FIELDS, "须申请人签字或加盖公章",
            files.applicationBlank(), files.applicationSample()));
    if (applicant == ServiceObject.PERSON) {
      materials.add(
          new Material("identity", "申请人居民身份证", true, Medium.COPY, 1, "公安机关",
              new LegalBasis("中华人民共和国居民身份证法", "第十四条", "有下列情形之一的，公民应当出示居民身份证证明身份。"),
              false, "居民身份证", List.of(), "验原件，收复印件；可用电子证照代替", null, null));
    } else {
      materials.add(
          new Material("licence", "营业执照或其他主体资格证明", true, Medium.COPY, 1, "市场监督管理部门",
              new LegalBasis("中华人民共和国市场主体登记管理条例", "第二十二条", "营业执照分为正本和副本，具有同等法律效力。"),
              false, "营业执照", List.of(), "可用电子营业执照代替", null, null));
    }
    materials.add(
        new Material("proof", "与申请事项相关的证明材料", true, Medium.COPY, 1, "申请人自备",
            departmentLaw, random.nextDouble() < 0.35, null, PROOF_FIELDS, "按申请事项的具体要求提供",
            files.proofBlank(), files.proofSample()));
    materials.add(
        new Material("attorney", "授权委托书及受托人身份证明", false, Medium.ORIGINAL, 1, "申请人自备",
            new LegalBasis("中华人民共和国民法典", "第一百六十五条", "委托代理授权采用书面形式的，授权委托书应当载明代理人的姓名或者名称、代理事项、权限和期限。"),
            false, null, ATTORNEY_FIELDS, "委托他人办理的提供", files.attorneyBlank(), files.attorneySample()));
    return new Situation(code, name, conditions, materials, StandardForms.forApplicants(List.of(applicant)));
  }

  /** With a situation per kind of applicant, the guide asks who is applying. */
  private static ItemContent.SituationGuide applicantGuide(List<Situation> situations) {
    if (situations.size() < 2) {
      return null;
    }
    return new ItemContent.SituationGuide(
        "applicant",
        List.of(
            new ItemContent.Question(
                "applicant",
                "您以什么身份申请？",
                List.of(
                    new ItemContent.Option("个人（自然人）", null, "person"),
                    new ItemContent.Option("企业、事业单位或其他组织", null, "organisation")))));
  }

  private static List<Step> steps(int promised, ItemType type) {
    if (promised == 0) {
      return List.of(
          new Step("受理", HandlerRole.WINDOW, 0, "窗口人员当场核对申请材料，材料齐全、符合法定形式的予以受理。"),
          new Step("办结", HandlerRole.WINDOW, 0, "当场作出决定并送达办理结果。"));
    }
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("受理", HandlerRole.WINDOW, 1, "窗口人员核对申请材料，材料齐全、符合法定形式的予以受理；不齐全的一次性告知需要补正的全部内容。"));
    steps.add(new Step("审查", HandlerRole.APPROVER, Math.max(1, promised - 3), "审批人员对申请材料进行审查，需要现场核查的组织现场核查。"));
    steps.add(new Step("决定", HandlerRole.APPROVER, 1, type == ItemType.ADMINISTRATIVE_LICENSE ? "作出准予或不予行政许可的决定。" : "作出办理决定。"));
    steps.add(new Step("办结", HandlerRole.WINDOW, promised >= 4 ? 1 : 0, "制发办理结果，通过窗口领取或快递送达。"));
    return steps;
  }

  private static String flowchartDescription(List<Step> steps) {
    var text = new StringBuilder("申请人通过营口政务服务网或市民服务中心窗口提交申请");
    for (Step step : steps) {
      text.append("；").append(step.name()).append("：").append(step.description());
    }
    return text.append("").toString();
  }

  private static List<ServiceObject> serviceObjects(String name, String department) {
    boolean enterprise = name.matches(".*(企业|公司|经营|生产|建设|项目|单位|机构|工程|合作社|场所|店|厂).*");
    boolean person = name.matches(".*(个人|居民|婚|户口|户籍|失业|养老|医保|退役|残疾|公积金|身份证|学生|教师|医师|护士|执业|职业|驾驶|老年|儿童|子女|生育|困难|救助|低保|补贴).*");
    if (enterprise && !person) {
      return List.of(ServiceObject.ENTERPRISE);
    }
    if (person && !enterprise) {
      return List.of(ServiceObject.PERSON);
    }
    return List.of(ServiceObject.PERSON, ServiceObject.ENTERPRISE);
  }

  private String basicCode(String department, int sequence) {
    return "%06d%06d".formatted(Math.abs(department.hashCode()) % 1_000_000, sequence * 1000 + random.nextInt(1000));
  }

  private static String floor(DemoDepartment d) {
    int n = Math.abs(d.code().hashCode());
    return (n % 3 + 1) + "楼" + (char) ('A' + n % 4) + "区";
  }

  private static String shortName(String departmentName) {
    return departmentName.replace("营口市", "").replace("国家税务总局", "");
  }

  private static final Map<ItemType, String> TYPE_CODES =
      Map.of(
          ItemType.ADMINISTRATIVE_LICENSE, "XK",
          ItemType.ADMINISTRATIVE_PAYMENT, "JF",
          ItemType.ADMINISTRATIVE_CONFIRMATION, "QR",
          ItemType.ADMINISTRATIVE_INSPECTION, "JC",
          ItemType.ADMINISTRATIVE_REWARD, "JL",
          ItemType.ADMINISTRATIVE_ADJUDICATION, "CJ",
          ItemType.OTHER_POWER, "QT",
          ItemType.PUBLIC_SERVICE, "GG");

  /** Time limits, result and conditions by the kind of item. */
  private record Rules(
      int statutory, int minPromised, int maxPromised, ResultType resultType, String resultSuffix, String conditions) {

    static Rules of(ItemType type) {
      return switch (type) {
        case ADMINISTRATIVE_LICENSE -> new Rules(20, 3, 15, ResultType.CERTIFICATE, "准予行政许可决定书", "申请人具备法律、法规规定的许可条件，申请材料齐全、符合法定形式。");
        case ADMINISTRATIVE_PAYMENT -> new Rules(20, 3, 10, ResultType.PAYMENT, "待遇核定通知书", "申请人符合法律、法规和政策规定的给付条件。");
        case ADMINISTRATIVE_CONFIRMATION -> new Rules(20, 0, 10, ResultType.FILING, "登记（确认）证明", "申请人提交的材料真实、齐全，符合确认条件。");
        case ADMINISTRATIVE_INSPECTION -> new Rules(30, 10, 20, ResultType.OTHER, "检查结果告知书", "属于本部门法定检查范围。");
        case ADMINISTRATIVE_REWARD -> new Rules(30, 10, 20, ResultType.OTHER, "表彰奖励决定", "符合奖励条件，经推荐或申报。");
        case ADMINISTRATIVE_ADJUDICATION -> new Rules(60, 20, 45, ResultType.APPROVAL, "行政裁决书", "当事人之间存在与行政管理活动密切相关的民事纠纷，申请符合受理条件。");
        case OTHER_POWER -> new Rules(20, 3, 10, ResultType.APPROVAL, "审核意见书", "申请人符合法律、法规规定的条件。");
        case PUBLIC_SERVICE -> new Rules(10, 0, 5, ResultType.OTHER, "办理结果告知单", "申请人属于服务对象范围，材料齐全。");
      };
    }

    int promised(Random random) {
      if (minPromised == 0 && random.nextDouble() < 0.45) {
        return 0;
      }
      int min = Math.max(3, minPromised);
      return min + random.nextInt(Math.max(1, maxPromised - min + 1));
    }

    String resultName(String itemName) {
      int at = itemName.indexOf("许可证");
      if (resultType == ResultType.CERTIFICATE && at > 0) {
        return itemName.substring(0, at + 3);
      }
      return resultSuffix;
    }
  }
}
