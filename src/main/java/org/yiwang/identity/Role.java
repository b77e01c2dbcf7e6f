package org.yiwang.identity;

/** What an account may do. Staff roles belong to a department, except the platform administrator's. */
public enum Role {
  APPLICANT,
  PLATFORM_ADMIN,
  DEPARTMENT_ADMIN,
  WINDOW,
  APPROVER,
  SUPERVISOR;

  public String authority() {
    return "ROLE_" + name();
  }
}
