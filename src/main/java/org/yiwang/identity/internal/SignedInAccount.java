package org.yiwang.identity.internal;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.yiwang.identity.CurrentUser;

/** The principal of an API request: the account as its bearer token resolved it, with its view. */
final class SignedInAccount extends User {

  private final CurrentUser view;

  SignedInAccount(String username, String password, boolean locked, Collection<? extends GrantedAuthority> authorities, CurrentUser view) {
    super(username, password, true, true, true, !locked, authorities);
    this.view = view;
  }

  CurrentUser view() {
    return view;
  }
}
