package org.yiwang.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditLog;
import org.yiwang.identity.AccountRegistered;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.BusinessRuleException.Violation;
import org.yiwang.shared.id.Masking;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;

/** Applicants register with real-name data: the identifier's check character must be right. */
@Service
public class Registration {

  /** What an applicant gives to register. */
  public record Application(
      AccountType type,
      String username,
      String name,
      String idNumber,
      String phone,
      String password,
      String confirmPassword) {}

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  Registration(
      AccountRepository accounts,
      PasswordEncoder encoder,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  public void register(Application a) {
    String idNumber = a.idNumber() == null ? "" : a.idNumber().strip().toUpperCase(Locale.ROOT);
    List<Violation> violations = new ArrayList<>();
    if (a.type() == AccountType.PERSON && !ResidentIdNumber.isValid(idNumber)) {
      violations.add(new Violation("idNumber", "identity.idNumber.invalid"));
    } else if (a.type() == AccountType.ENTERPRISE && !UnifiedSocialCreditCode.isValid(idNumber)) {
      violations.add(new Violation("idNumber", "identity.uscc.invalid"));
    } else if (a.type() != AccountType.PERSON && a.type() != AccountType.ENTERPRISE) {
      violations.add(new Violation("type", "identity.type.invalid"));
    } else if (accounts.existsByIdNumber(idNumber)) {
      violations.add(new Violation("idNumber", "identity.idNumber.taken"));
    }
    if (accounts.existsByUsername(a.username())) {
      violations.add(new Violation("username", "identity.username.taken"));
    }
    for (String broken : PasswordPolicy.check(a.password(), a.username())) {
      violations.add(new Violation("password", broken));
    }
    if (a.password() != null && !a.password().equals(a.confirmPassword())) {
      violations.add(new Violation("confirmPassword", "identity.password.mismatch"));
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(400, violations);
    }
    try {
      accounts.saveAndFlush(
        new Account(
            a.username(),
            encoder.encode(a.password()),
            a.type(),
            a.name().strip(),
            idNumber,
            a.phone(),
            null,
            Set.of(Role.APPLICANT)));
    } catch (org.springframework.dao.DataIntegrityViolationException clash) {
      // registered a moment ago by a concurrent request (a double click): say so, log nothing personal
      throw new BusinessRuleException(400, List.of(new Violation("username", "identity.username.taken")));
    }
    audit.record(
        a.username(),
        "ACCOUNT_REGISTERED",
        "account:" + a.username(),
        a.type() + " " + Masking.idNumber(idNumber));
    events.publishEvent(new AccountRegistered(a.username(), a.type()));
  }
}
