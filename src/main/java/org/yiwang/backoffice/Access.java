package org.yiwang.backoffice;

import java.util.List;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.catalog.VersionSummary;
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

  /**
   * What the item's editor starts from (its open draft, else its newest version; saving opens the
   * draft), for its department's administrator or the platform administrator only.
   */
  static ItemGuide editable(ServiceCatalog catalog, CurrentUser user, String code) {
    requireEditor(catalog, user, code);
    return catalog.editableVersion(code);
  }

  static void requireEditor(ServiceCatalog catalog, CurrentUser user, String code) {
    List<VersionSummary> history = catalog.history(code);
    if (!user.mayEditDepartment(history.get(0).departmentCode())) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
  }

  static void requirePlatformAdmin(CurrentUser user) {
    if (!user.has(Role.PLATFORM_ADMIN)) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
  }
}
