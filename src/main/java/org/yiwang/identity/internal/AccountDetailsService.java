package org.yiwang.identity.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;

@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService, Accounts {

  private final AccountRepository accounts;
  private final TransactionTemplate reading;

  AccountDetailsService(AccountRepository accounts, PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    Account account =
        accounts
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    return User.withUsername(account.username())
        .password(account.passwordHash())
        .accountLocked(account.lockedNow())
        .authorities(account.authorities())
        .build();
  }

  // every page asks, most of them anonymously: no transaction (and no connection) for nobody
  @Override
  @Transactional(propagation = Propagation.SUPPORTS)
  public Optional<CurrentUser> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || !(authentication.getPrincipal() instanceof UserDetails user)) {
      return Optional.empty();
    }
    if (user instanceof SignedInAccount account) {
      return Optional.of(account.view()); // read with its token, moments ago
    }
    return reading.execute(status -> find(user.getUsername()));
  }

  @Override
  public Optional<CurrentUser> find(String username) {
    return accounts.findByUsername(username).map(Account::view);
  }

  @Override
  public Optional<CurrentUser> findApplicant(String idNumber) {
    if (idNumber == null || idNumber.isBlank()) {
      return Optional.empty();
    }
    return accounts
        .findByIdNumber(idNumber.strip().toUpperCase())
        .filter(a -> a.view().type() != org.yiwang.identity.AccountType.STAFF)
        .map(Account::view);
  }

  @Override
  public java.util.List<String> staffOf(String departmentCode, org.yiwang.identity.Role role) {
    return accounts.findRolesByDepartmentCode(departmentCode).stream()
        .filter(a -> Account.roles(a.roles()).contains(role))
        .map(AccountRepository.RoleColumns::username)
        .sorted()
        .toList();
  }

  @Override
  public Optional<String> idNumberOf(String username) {
    return accounts.findByUsername(username).map(Account::idNumber).filter(id -> id != null && !id.isBlank());
  }

  @Override
  public java.util.Map<String, Contact> contacts(java.util.Collection<String> usernames) {
    if (usernames.isEmpty()) {
      return java.util.Map.of();
    }
    return accounts.findContactsByUsernameIn(java.util.Set.copyOf(usernames)).stream()
        .collect(java.util.stream.Collectors.toMap(
            AccountRepository.ContactColumns::username, a -> new Contact(a.phone(), a.email())));
  }
}
