package org.yiwang.identity.internal;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;

@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService, Accounts {

  private final AccountRepository accounts;

  AccountDetailsService(AccountRepository accounts) {
    this.accounts = accounts;
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
        .authorities(
            account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
        .build();
  }

  @Override
  public Optional<CurrentUser> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || !(authentication.getPrincipal() instanceof UserDetails user)) {
      return Optional.empty();
    }
    return find(user.getUsername());
  }

  @Override
  public Optional<CurrentUser> find(String username) {
    return accounts.findByUsername(username).map(Account::view);
  }
}
