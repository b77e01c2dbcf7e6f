package org.yiwang.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByUsername(String username);

  java.util.List<Account> findByUsernameIn(java.util.Collection<String> usernames);

  boolean existsByUsername(String username);

  boolean existsByIdNumber(String idNumber);

  Optional<Account> findByIdNumber(String idNumber);

  java.util.List<Account> findByDepartmentCode(String departmentCode);
}
