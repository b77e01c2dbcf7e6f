package org.yiwang.license.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.license.LicenseIdentifier;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo licenses (demo profile, empty library only): a few hundred, issued from 2021 on by the
 * departments of the hand-written items to generated holders, some revoked, some expired; and for
 * the demo accounts a 营业执照 (so that applying for 食品经营许可证 shows 减材料 at once).
 */
@Component
@Profile("demo")
@Order(30)
class DemoLicenses implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLicenses.class);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "海燕", "建华"};
  private static final String[] FIRMS = {"辽海", "鲅鱼圈", "盖州", "大石桥", "渤海", "西市", "站前", "老边", "仙人岛", "熊岳"};
  private static final String[] TRADES = {"食品有限公司", "商贸有限公司", "餐饮店", "物流有限公司", "建筑工程有限公司", "医药连锁有限公司", "农业合作社"};

  private final ELicenses licenses;
  private final LicenseService service;
  private final DepartmentKeys keys;
  private final ServiceCatalog catalog;
  private final Accounts accounts;
  private final JsonMapper json;
  private final Clock clock;

  DemoLicenses(ELicenses licenses, LicenseService service, DepartmentKeys keys, ServiceCatalog catalog, Accounts accounts,
      JsonMapper json, Clock clock) {
    this.licenses = licenses;
    this.service = service;
    this.keys = keys;
    this.catalog = catalog;
    this.accounts = accounts;
    this.json = json;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (licenses.count() > 0) {
      return;
    }
    long start = System.nanoTime();
    var random = new Random(20261127);
    List<ItemGuide> items =
        catalog.publishedItems().stream()
            .map(p -> catalog.publishedItem(p.code()).orElse(null))
            .filter(g -> g != null && g.content().result() != null && g.content().result().name() != null && g.content().basicCode() != null)
            .limit(60)
            .toList();
    int issued = 0;
    LocalDate today = LocalDate.now(clock);
    for (ItemGuide item : items) {
      for (int n = 0; n < 6; n++) {
        boolean enterprise = item.content().serviceObjects().contains(org.yiwang.catalog.ItemContent.ServiceObject.ENTERPRISE)
            && (n % 2 == 0 || !item.content().serviceObjects().contains(org.yiwang.catalog.ItemContent.ServiceObject.PERSON));
        String holderName = enterprise
            ? "营口" + FIRMS[random.nextInt(FIRMS.length)] + TRADES[random.nextInt(TRADES.length)]
            : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String holderId = enterprise ? uscc(random) : idNumber(random);
        LocalDate on = LocalDate.of(2021, 1, 4).plusDays(random.nextInt((int) (today.toEpochDay() - LocalDate.of(2021, 1, 4).toEpochDay())));
        ELicense license = create(item, "demo:" + holderId, holderName, holderId, enterprise, on, random);
        if (random.nextInt(100) < 6) {
          license.revoke(random.nextBoolean() ? "经营场所变更未申请变更许可" : "以欺骗手段取得许可，依法撤销", OffsetDateTime.now(clock));
        }
        issued++;
      }
    }
    // the demo accounts hold a 营业执照 each (企业设立登记's result)
    catalog.publishedItem("210800-SCJGJ-XK-0002").filter(i -> i.content().result() != null).ifPresent(licence -> {
      for (String username : List.of("citizen", "enterprise")) {
        accounts.find(username).ifPresent(account -> accounts.idNumberOf(username).ifPresent(id ->
            create(licence, username, account.name(), id, account.type() == org.yiwang.identity.AccountType.ENTERPRISE,
                today.minusYears(1), random)));
      }
    });
    log.info("Demo e-licenses: {} issued and signed in {} ms", issued + 2, (System.nanoTime() - start) / 1_000_000);
  }

  private ELicense create(ItemGuide item, String holder, String holderName, String holderId, boolean enterprise, LocalDate on, Random random) {
    String department = catalog.department(item.departmentCode()).map(d -> d.name()).orElse(item.departmentName());
    long serial = service.nextSerial();
    var identifier = new LicenseIdentifier(LicenseService.typeCode(item), LicenseService.issuerCode(item.departmentCode()), "%d%08d".formatted(on.getYear(), serial), 1);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("经营场所", "营口市" + FIRMS[random.nextInt(FIRMS.length)] + "区" + (1 + random.nextInt(200)) + "号");
    var license =
        new ELicense(
            identifier.toString(), item.content().result().name(), "%s%d%07d".formatted(item.departmentCode().toUpperCase(), on.getYear(), serial),
            item.content().result().name(), identifier.typeCode(), holder, holderName, holderId, enterprise ? "001" : "111",
            department, identifier.issuerCode(), item.departmentCode(), on, on.plusYears(5), LicenseService.TERRITORY,
            json.writeValueAsString(fields), null, null, OffsetDateTime.now(clock));
    var key = keys.current(item.departmentCode(), department);
    license.signed(key.keyId(), java.util.Base64.getEncoder().encodeToString(Signatures.sign(key.privateKey(), service.canonical(license))), OffsetDateTime.now(clock));
    return licenses.save(license);
  }

  private static String idNumber(Random random) {
    String first17 = "210802" + (1950 + random.nextInt(55)) + "%02d%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28)) + "%03d".formatted(random.nextInt(1000));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private static String uscc(Random random) {
    return UnifiedSocialCreditCode.complete("91210800MA" + "%06d".formatted(random.nextInt(1_000_000)));
  }
}
