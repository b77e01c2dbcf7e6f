package org.yiwang.backoffice;

import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;

/** Who may see what in the back office: staff their own department, the platform administrator all. */
final class Access {

  private Access() {}

  static void requireView(CurrentUser user, String departmentCode) {
    if (!user.has(Role.PLATFORM_ADMIN)
        && !(user.isStaff() && departmentCode != null && departmentCode.equals(user.departmentCode()))) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
  }

  static void requirePlatformAdmin(CurrentUser user) {
    if (!user.has(Role.PLATFORM_ADMIN)) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
  }
}
