package org.yiwang.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.Role;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo accounts of API.md, all with password {@value #PASSWORD}: {@code admin}, {@code citizen},
 * {@code enterprise}, and for each department D: {@code D.admin}, {@code D.window}, {@code
 * D.approver}, {@code D.supervisor}. Demo profile only: production never has them.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

  static final String PASSWORD = "Yiwang@2026";

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final JsonMapper json;

  DemoAccounts(AccountRepository accounts, PasswordEncoder encoder, JsonMapper json) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.json = json;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (accounts.existsByUsername("admin")) {
      return;
    }
    // one hash for all demo accounts: they share the password, and hashing 139 times slows start-up
    String hash = encoder.encode(PASSWORD);
    List<Account> demo = new ArrayList<>();
    demo.add(staff("admin", "平台管理员", null, hash, EnumSet.of(Role.PLATFORM_ADMIN)));
    var citizen =
        new Account("citizen", hash, AccountType.PERSON, "王丽", personId("21080219850312002"), "13904170001", null, Set.of(Role.APPLICANT));
    citizen.changeEmail("wangli@example.com");
    demo.add(citizen);
    demo.add(
        new Account("enterprise", hash, AccountType.ENTERPRISE, "营口辽海食品有限公司", UnifiedSocialCreditCode.complete("91210800MA0YK123"), "04172830000", null, Set.of(Role.APPLICANT)));
    for (JsonNode department : departments()) {
      String code = department.get("code").asString();
      String name = department.get("name").asString();
      demo.add(staff(code + ".admin", name + "事项管理员", code, hash, EnumSet.of(Role.DEPARTMENT_ADMIN)));
      demo.add(staff(code + ".window", name + "窗口人员", code, hash, EnumSet.of(Role.WINDOW)));
      demo.add(staff(code + ".approver", name + "审批人员", code, hash, EnumSet.of(Role.APPROVER)));
      demo.add(staff(code + ".supervisor", name + "监管人员", code, hash, EnumSet.of(Role.SUPERVISOR)));
    }
    accounts.saveAll(demo);
  }

  private static String personId(String first17) {
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  private static Account staff(String username, String name, String department, String hash, Set<Role> roles) {
    return new Account(username, hash, AccountType.STAFF, name, null, null, department, roles);
  }

  private JsonNode departments() {
    try (InputStream in = DemoAccounts.class.getClassLoader().getResourceAsStream("demo/departments.json")) {
      if (in == null) {
        throw new IllegalStateException("demo/departments.json missing");
      }
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
