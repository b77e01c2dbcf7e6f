package org.yiwang.identity;

import java.util.Optional;

/** The identity module's public face. */
public interface Accounts {

  /** The account signed in on this request, if any. */
  Optional<CurrentUser> current();

  Optional<CurrentUser> find(String username);
}
