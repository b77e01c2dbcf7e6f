package org.yiwang.quality.web;

import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;

/** The platform administrator sees every department's quality; a department's staff their own. */
final class QualityAccess {

  private QualityAccess() {}

  static boolean seesAll(CurrentUser user) {
    return user.has(Role.PLATFORM_ADMIN);
  }

  static void requireDepartment(CurrentUser user, String departmentCode) {
    if (!seesAll(user)
        && !(user.isStaff() && departmentCode != null && departmentCode.equals(user.departmentCode()))) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
  }

  static void requireStaff(CurrentUser user) {
    if (!user.isStaff()) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
  }
}
