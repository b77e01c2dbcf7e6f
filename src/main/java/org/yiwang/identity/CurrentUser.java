package org.yiwang.identity;

import java.util.Set;

/** The signed-in account as other modules see it: the ID number only masked. */
public record CurrentUser(
    String username,
    String name,
    AccountType type,
    String idNumberMasked,
    String departmentCode,
    Set<Role> roles) {

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isStaff() {
    return type == AccountType.STAFF;
  }

  /** Whether this account may edit the items of the given department. */
  public boolean mayEditDepartment(String department) {
    return has(Role.PLATFORM_ADMIN)
        || (has(Role.DEPARTMENT_ADMIN) && department != null && department.equals(departmentCode));
  }
}
