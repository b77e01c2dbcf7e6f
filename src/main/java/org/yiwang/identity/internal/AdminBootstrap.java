package org.yiwang.identity.internal;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.Role;

/**
 * A production database starts without accounts: when {@code yiwang.bootstrap.admin-password} is
 * given (env {@code YIWANG_BOOTSTRAP_ADMIN_PASSWORD}) and no account {@code admin} exists, the
 * platform administrator is created with it. The password must satisfy the policy.
 */
@Component
@Order(30)
class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final String password;

  AdminBootstrap(
      AccountRepository accounts,
      PasswordEncoder encoder,
      @Value("${yiwang.bootstrap.admin-password:}") String password) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (password.isBlank() || accounts.existsByUsername("admin")) {
      return;
    }
    var broken = PasswordPolicy.check(password, "admin");
    if (!broken.isEmpty()) {
      throw new IllegalStateException(
          "yiwang.bootstrap.admin-password does not meet the password policy: " + broken);
    }
    accounts.save(
        new Account("admin", encoder.encode(password), AccountType.STAFF, "平台管理员", null, null, null,
            EnumSet.of(Role.PLATFORM_ADMIN)));
    log.info("Created the platform administrator account 'admin'");
  }
}
