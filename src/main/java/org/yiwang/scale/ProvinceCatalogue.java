package org.yiwang.scale;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.OnlineDepth;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The province's catalogue: the other 19 cities of the province implement Yingkou's items, each
 * through its own 34 departments, first at city level, then in its districts. Beyond the whole item,
 * an item with several situations is also implemented as one granular item per situation
 * (事项颗粒化: "食品经营许可证核发（新办）"). Each implementation has its own department, place, phones,
 * promised time limit and online depth, drawn from the seed.
 */
@Component
class ProvinceCatalogue {

  /** A city or district that implements items through its own departments. */
  record Jurisdiction(String region, String name, String cityName, String areaCode) {}

  record Template(String code, String departmentCode, String content) {}

  private record Department(String code, String name, String office, String phone, String uscc, int sortOrder) {}

  private record Planned(Jurisdiction where, Template template, int situation) {}

  private static final String[][] CITIES = {
    {"210100", "沈阳市", "024", "和平区,沈河区,浑南区"},
    {"210200", "大连市", "0411", "中山区,甘井子区,金州区"},
    {"210300", "鞍山市", "0412", "铁东区,铁西区,立山区"},
    {"210400", "抚顺市", "024", "新抚区,顺城区,望花区"},
    {"210500", "本溪市", "024", "平山区,明山区,溪湖区"},
    {"210600", "丹东市", "0415", "振兴区,元宝区,振安区"},
    {"210700", "锦州市", "0416", "太和区,古塔区,凌河区"},
    {"210900", "阜新市", "0418", "海州区,细河区,太平区"},
    {"211000", "辽阳市", "0419", "白塔区,文圣区,宏伟区"},
    {"211100", "盘锦市", "0427", "兴隆台区,双台子区,大洼区"},
    {"211200", "铁岭市", "024", "银州区,清河区,铁岭县"},
    {"211300", "朝阳市", "0421", "双塔区,龙城区,朝阳县"},
    {"211400", "葫芦岛市", "0429", "连山区,龙港区,南票区"},
    {"210281", "瓦房店市", "0411", ""},
    {"210283", "庄河市", "0411", ""},
    {"210381", "海城市", "0412", ""},
    {"210882", "大石桥市", "0417", ""},
    {"210682", "凤城市", "0415", ""},
    {"210181", "新民市", "024", ""},
  };

  private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2023, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final JsonMapper json;
  private final PasswordEncoder encoder;

  ProvinceCatalogue(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json, PasswordEncoder encoder) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.json = json;
    this.encoder = encoder;
  }

  private static final List<Jurisdiction> JURISDICTIONS = jurisdictions();

  /** The jurisdictions in the order they are filled: every city, then the first district of each, and so on. */
  static List<Jurisdiction> jurisdictions() {
    List<Jurisdiction> result = new ArrayList<>();
    for (String[] city : CITIES) {
      result.add(new Jurisdiction(city[0], city[1], city[1], city[2]));
    }
    for (int level = 0; level < 3; level++) {
      for (String[] city : CITIES) {
        String[] districts = city[3].isEmpty() ? new String[0] : city[3].split(",");
        if (level < districts.length) {
          String region = city[0].substring(0, 4) + "%02d".formatted(level + 2);
          result.add(new Jurisdiction(region, city[1] + districts[level], city[1], city[2]));
        }
      }
    }
    return result;
  }

  /** Adds items until the province has {@code target} published items; items already there are kept. */
  int generate(int target, int seed) {
    Integer existing = jdbc.queryForObject("select count(*) from service_item where published_version is not null", Integer.class);
    if (existing >= target) {
      return 0;
    }
    List<Template> templates =
        jdbc.query(
            "select i.code, i.department_code, v.content from service_item i join item_version v"
                + " on v.item_code = i.code and v.version_no = i.published_version where i.code like '210800-%' order by i.code",
            (rs, n) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3)));
    if (templates.isEmpty()) {
      throw new IllegalStateException("The province catalogue is drawn from Yingkou's: start once with the demo profile first.");
    }
    List<Department> yingkou =
        jdbc.query(
            "select code, name, responsible_office, phone, uscc, sort_order from department where code not like '%-%' order by sort_order",
            (rs, n) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)));
    Set<String> codes = new HashSet<>(jdbc.queryForList("select code from service_item", String.class));
    List<Planned> plan = plan(templates, target - existing, codes);
    var progress = new ProgressBar("items", plan.size(), 0);
    Set<String> departmentsDone = new HashSet<>(jdbc.queryForList("select code from department", String.class));
    String hash = encoder.encode("Yiwang@2026");
    for (int from = 0; from < plan.size(); from += 1000) {
      List<Planned> chunk = plan.subList(from, Math.min(plan.size(), from + 1000));
      transactions.executeWithoutResult(tx -> {
        insertDepartments(chunk, yingkou, departmentsDone, hash);
        insertItems(chunk, seed);
      });
      progress.advance(chunk.size());
    }
    return plan.size();
  }

  /** The next {@code count} implementations not yet in the catalogue, in a fixed order. */
  private List<Planned> plan(List<Template> templates, int count, Set<String> existing) {
    List<Planned> plan = new ArrayList<>();
    java.util.Map<String, Integer> situationCounts = new java.util.HashMap<>();
    for (Template template : templates) {
      situationCounts.put(template.code(), json.readTree(template.content()).path("situations").size());
    }
    for (Jurisdiction where : JURISDICTIONS) {
      for (Template template : templates) {
        int situations = situationCounts.get(template.code());
        for (int situation = -1; situation < (situations > 1 ? situations : 0); situation++) {
          if (plan.size() == count) {
            return plan;
          }
          var planned = new Planned(where, template, situation);
          if (!existing.contains(code(planned))) {
            plan.add(planned);
          }
        }
      }
    }
    if (plan.size() < count) {
      throw new IllegalArgumentException("The province's jurisdictions implement at most " + plan.size() + " more items; ask for fewer.");
    }
    return plan;
  }

  private static String code(Planned p) {
    String code = p.where().region() + p.template().code().substring("210800".length());
    return p.situation() < 0 ? code : code + "-" + (p.situation() + 1);
  }

  private static String departmentCode(Jurisdiction where, String yingkouCode) {
    return where.region() + "-" + yingkouCode;
  }

  private void insertDepartments(List<Planned> chunk, List<Department> yingkou, Set<String> done, String hash) {
    List<Object[]> departments = new ArrayList<>();
    List<Object[]> staff = new ArrayList<>();
    Timestamp now = Timestamp.from(PUBLISHED.toInstant());
    for (Planned p : chunk) {
      if (done.contains(departmentCode(p.where(), p.template().departmentCode()))) {
        continue;
      }
      int index = JURISDICTIONS.indexOf(p.where());
      for (Department d : yingkou) {
        String code = departmentCode(p.where(), d.code());
        if (!done.add(code)) {
          continue;
        }
        String name = d.name().replace("营口市", p.where().name());
        String uscc = UnifiedSocialCreditCode.complete("11" + p.where().region() + "MB" + "%06d".formatted(Math.floorMod(code.hashCode(), 1_000_000)));
        departments.add(new Object[] {code, name, d.office(), d.phone().replace("0417", p.where().areaCode()), uscc, d.sortOrder() + 100 * (index + 1)});
        for (String[] role : new String[][] {{"admin", "事项管理员", "DEPARTMENT_ADMIN"}, {"window", "窗口人员", "WINDOW"}, {"approver", "审批人员", "APPROVER"}, {"supervisor", "监管人员", "SUPERVISOR"}}) {
          staff.add(new Object[] {code + "." + role[0], hash, "STAFF", name + role[1], code, role[2], now});
        }
      }
    }
    jdbc.batchUpdate("insert into department (code, name, responsible_office, phone, uscc, sort_order) values (?,?,?,?,?,?)", departments);
    jdbc.batchUpdate(
        "insert into account (username, password_hash, account_type, display_name, department_code, roles, failed_attempts, created_at)"
            + " values (?,?,?,?,?,?,0,?)",
        staff);
  }

  private void insertItems(List<Planned> chunk, int seed) {
    List<Object[]> items = new ArrayList<>();
    List<Object[]> versions = new ArrayList<>();
    Timestamp published = Timestamp.from(PUBLISHED.toInstant());
    for (Planned p : chunk) {
      String code = code(p);
      var random = new Random(seed * 1_000_003L + code.hashCode());
      ItemContent content = json.readValue(implementation(p, random), ItemContent.class);
      String document = json.writeValueAsString(content);
      int materials = content.materialCount();
      items.add(new Object[] {
        code, departmentCode(p.where(), p.template().departmentCode()), published,
        content.steps().size() + random.nextInt(2), materials + random.nextInt(3), content.statutoryDays(), content.visits() + random.nextInt(2)
      });
      versions.add(new Object[] {
        code, content.name(), content.type().name(), content.fullyOnline(), content.visits(), content.statutoryDays(),
        content.promisedDays(), document, published, published, published, content.steps().size(), materials
      });
    }
    jdbc.batchUpdate(
        "insert into service_item (code, department_code, published_version, created_at, baseline_steps, baseline_materials,"
            + " baseline_days, baseline_visits, lock_version) values (?,?,1,?,?,?,?,?,0)",
        items);
    jdbc.batchUpdate(
        "insert into item_version (item_code, version_no, status, name, item_type, fully_online, visits, statutory_days, promised_days,"
            + " content, edited_by, edited_at, submitted_by, submitted_at, published_by, published_at, steps_count, materials_count,"
            + " lock_version) values (?,1,'PUBLISHED',?,?,?,?,?,?,?,'scale',?,'scale',?,'scale',?,?,?,0)",
        versions);
  }

  /** The template rewritten for its jurisdiction and, for a granular item, narrowed to one situation. */
  private String implementation(Planned p, Random random) {
    Jurisdiction where = p.where();
    String text =
        p.template().content()
            .replace("营口市市民服务中心", where.name() + "政务服务中心")
            .replace("营口市", where.name())
            .replace("营口", where.cityName().replace("市", ""))
            .replace("0417-", where.areaCode() + "-");
    ObjectNode item = (ObjectNode) json.readTree(text);
    if (p.situation() >= 0) {
      JsonNode situation = item.path("situations").get(p.situation());
      ArrayNode only = item.putArray("situations");
      only.add(situation);
      item.put("name", item.path("name").asString() + "（" + situation.path("name").asString() + "）");
      item.putNull("guide");
    }
    int statutory = item.path("statutoryDays").asInt();
    int promised = item.path("promisedDays").asInt();
    if (promised > 0 && statutory > 1) {
      // each jurisdiction promises its own limit, never beyond the statutory one
      item.put("promisedDays", Math.max(1, Math.min(statutory, promised + random.nextInt(5) - 2)));
    }
    if (item.path("fullyOnline").asBoolean() && random.nextInt(100) < 12) {
      // not every jurisdiction has the item fully online yet
      item.put("fullyOnline", false);
      item.put("visits", 1);
      item.put("onlineDepth", OnlineDepth.ONLINE_APPLICATION.name());
    } else if (!item.path("fullyOnline").asBoolean() && item.path("visits").asInt() == 1 && random.nextInt(100) < 15) {
      item.put("fullyOnline", true);
      item.put("visits", 0);
      item.put("onlineDepth", OnlineDepth.FULLY_ONLINE.name());
    }
    return json.writeValueAsString(item);
  }
}
