package org.yiwang.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByUsername(String username);

  /** Phone and e-mail only: whom to send to, without reading the rest of each account. */
  java.util.List<ContactColumns> findContactsByUsernameIn(java.util.Collection<String> usernames);

  boolean existsByUsername(String username);

  boolean existsByIdNumber(String idNumber);

  Optional<Account> findByIdNumber(String idNumber);

  /**
   * A department's staff as usernames and roles only: the notifier asks on every new case, and has no
   * use for the password hashes and ID numbers of whole accounts (nor the session for managing them).
   */
  java.util.List<RoleColumns> findRolesByDepartmentCode(String departmentCode);

  record ContactColumns(String username, String phone, String email) {}

  record RoleColumns(String username, String roles) {}
}
