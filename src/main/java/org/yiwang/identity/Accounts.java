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

  /** The applicant account (person or enterprise) of an ID number or USCC, for assisted application. */
  Optional<CurrentUser> findApplicant(String idNumber);

  /** The usernames of a department's staff with a role (whom to tell about new work). */
  java.util.List<String> staffOf(String departmentCode, Role role);

  /**
   * The full ID number or USCC of an applicant account: only for writing it into a document the
   * law requires it on (an e-license's holder identifier); never shown, never logged.
   */
  Optional<String> idNumberOf(String username);

  /**
   * How to reach accounts outside the platform, by username: phone and e-mail, either may be
   * missing; a username with no account is left out.
   */
  java.util.Map<String, Contact> contacts(java.util.Collection<String> usernames);

  /** An account's phone and e-mail. */
  record Contact(String phone, String email) {}
}
