package org.yiwang.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditLog;

/** Counts failed sign-ins and locks the account after too many; every outcome is audited. */
@Component
class SignInAttempts {

  private final AccountRepository accounts;
  private final IdentityProperties properties;
  private final AuditLog audit;

  SignInAttempts(AccountRepository accounts, IdentityProperties properties, AuditLog audit) {
    this.accounts = accounts;
    this.properties = properties;
    this.audit = audit;
  }

  @EventListener
  @Transactional
  public void on(AuthenticationFailureBadCredentialsEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    accounts
        .findByUsername(username)
        .ifPresent(
            account -> {
              account.signInFailed(
                  properties.lockout().maxFailures(), properties.lockout().duration());
              accounts.save(account);
              audit.record(
                  username,
                  account.lockedNow() ? "SIGN_IN_LOCKED_OUT" : "SIGN_IN_FAILED",
                  "account:" + username,
                  "");
            });
  }

  @EventListener
  public void on(AuthenticationFailureLockedEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    audit.record(username, "SIGN_IN_WHILE_LOCKED", "account:" + username, "");
  }

  @EventListener
  @Transactional
  public void on(AuthenticationSuccessEvent event) {
    String username = event.getAuthentication().getName();
    accounts
        .findByUsername(username)
        .ifPresent(
            account -> {
              account.signedIn();
              accounts.save(account);
            });
    audit.record(username, "SIGNED_IN", "account:" + username, "");
  }
}
