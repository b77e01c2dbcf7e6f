package org.yiwang.backoffice;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.catalog.DepartmentView;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.web.PageController;

/** The workbench, a department's items, and the platform administrator's publication queue. */
@PageController
class BackofficeController {

  private final ServiceCatalog catalog;
  private final Accounts accounts;
  private final org.yiwang.workflow.WorkingDayCalendar calendar;
  private final java.time.Clock clock;

  BackofficeController(
      ServiceCatalog catalog, Accounts accounts, org.yiwang.workflow.WorkingDayCalendar calendar, java.time.Clock clock) {
    this.catalog = catalog;
    this.accounts = accounts;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping("/backoffice")
  String home(Model model) {
    CurrentUser user = user();
    if (user.has(Role.PLATFORM_ADMIN)) {
      model.addAttribute("awaiting", catalog.awaitingPublication());
      model.addAttribute("departments", catalog.departments());
      model.addAttribute("unannounced", calendar.unannouncedYears(java.time.LocalDate.now(clock)));
      return "backoffice/home";
    }
    if (!user.has(Role.DEPARTMENT_ADMIN)) {
      // window staff, approvers and supervisors start from their work
      return "redirect:/backoffice/tasks";
    }
    return "redirect:/backoffice/departments/" + user.departmentCode();
  }

  @GetMapping("/backoffice/departments/{code}")
  String department(@PathVariable String code, Model model) {
    CurrentUser user = user();
    Access.requireView(user, code);
    DepartmentView department =
        catalog.department(code).orElseThrow(() -> new NotFoundException("catalog.department.unknown", code));
    model.addAttribute("department", department);
    model.addAttribute("items", catalog.itemsForEditing(code));
    model.addAttribute("mayEdit", user.mayEditDepartment(code));
    return "backoffice/department";
  }

  @GetMapping("/backoffice/publications")
  String publications(Model model) {
    Access.requirePlatformAdmin(user());
    model.addAttribute("awaiting", catalog.awaitingPublication());
    return "backoffice/publications";
  }

  @PostMapping("/backoffice/items/{code}/versions/{version}/publish")
  String publish(@PathVariable String code, @PathVariable int version, RedirectAttributes redirect) {
    CurrentUser user = user();
    Access.requirePlatformAdmin(user);
    catalog.publish(code, version, user.username());
    redirect.addFlashAttribute("published", code);
    return "redirect:/backoffice/publications";
  }

  @PostMapping("/backoffice/items/{code}/versions/{version}/return")
  String returnToDraft(
      @PathVariable String code,
      @PathVariable int version,
      @RequestParam(defaultValue = "") String note,
      RedirectAttributes redirect) {
    CurrentUser user = user();
    Access.requirePlatformAdmin(user);
    if (note.isBlank() || note.length() > 1000) {
      throw BusinessRuleException.badRequest("note", "editor.returnNote.required");
    }
    catalog.returnToDraft(code, version, note.strip(), user.username());
    redirect.addFlashAttribute("returned", code);
    return "redirect:/backoffice/publications";
  }

  private CurrentUser user() {
    return accounts.signedIn();
  }
}
