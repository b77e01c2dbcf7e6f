package org.yiwang.identity;

import java.util.Optional;

/** The identity module's public face. */
public interface Accounts {

  /** The account signed in on this request, if any. */
  Optional<CurrentUser> current();

  /** The account signed in on this request; without one, a 401 (a problem or the error page). */
  default CurrentUser signedIn() {
    return current()
        .orElseThrow(
            () ->
                new org.yiwang.shared.BusinessRuleException(
                    401,
                    java.util.List.of(
                        new org.yiwang.shared.BusinessRuleException.Violation(
                            null, "identity.unauthenticated"))));
  }

  Optional<CurrentUser> find(String username);
}
