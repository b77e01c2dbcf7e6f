package org.yiwang.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.cases.CaseView;
import org.yiwang.cases.Cases;
import org.yiwang.cases.Correction;
import org.yiwang.cases.InboxEntry;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.Paging;
import org.yiwang.shared.web.PageController;
import org.yiwang.workflow.CaseProcesses.InboxFilter;
import org.yiwang.workflow.StepKind;
import org.yiwang.workflow.TaskAction;

/**
 * The staff side in the back office: the inbox by role and department, coloured by deadline; the
 * case with its materials, form, timeline and notices, and the task's actions; the supervisor's
 * e-supervision list and extensions; assisted application at the window (帮办代办).
 */
@PageController
@RequestMapping("/backoffice")
class StaffCaseController {

  private static final int PAGE_SIZE = 30;

  private final Cases cases;
  private final Accounts accounts;
  private final MessageSource messages;
  private final Clock clock;
  private final org.yiwang.catalog.ServiceCatalog catalog;

  StaffCaseController(
      Cases cases, Accounts accounts, MessageSource messages, Clock clock, org.yiwang.catalog.ServiceCatalog catalog) {
    this.catalog = catalog;
    this.cases = cases;
    this.accounts = accounts;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/tasks")
  String inbox(
      @RequestParam(required = false) StepKind kind,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    CurrentUser staff = accounts.signedIn();
    var filter = new InboxFilter(kind, null, overdue, LocalDate.now(clock));
    int p = Paging.page(page);
    long total = cases.inboxCount(staff, filter);
    model.addAttribute("entries", cases.inbox(staff, filter, p, PAGE_SIZE));
    model.addAttribute("total", total);
    model.addAttribute("page", p);
    model.addAttribute("pages", (total + PAGE_SIZE - 1) / PAGE_SIZE);
    model.addAttribute("kind", kind);
    model.addAttribute("overdue", overdue);
    model.addAttribute("kinds", StepKind.values());
    return "backoffice/cases/inbox";
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable String id, Model model) {
    return casePage(accounts.signedIn(), id, model, Map.of());
  }

  private String casePage(CurrentUser staff, String id, Model model, Map<String, String> errors) {
    CaseView view = cases.view(staff, id);
    List<InboxEntry> mine = cases.inbox(staff, new InboxFilter(null, id, false, LocalDate.now(clock)), 0, 10);
    model.addAttribute("kase", view);
    model.addAttribute("myTasks", mine);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "maySupervise",
        staff.has(Role.SUPERVISOR) && view.departmentCode().equals(staff.departmentCode()) && view.status().name().equals("ACCEPTED"));
    return "backoffice/cases/case";
  }

  @PostMapping("/tasks/{taskId}/claim")
  String claim(@PathVariable String taskId, @RequestParam String caseId) {
    cases.claim(accounts.signedIn(), taskId);
    return "redirect:/backoffice/cases/" + caseId;
  }

  @PostMapping("/tasks/{taskId}/complete")
  String complete(
      @PathVariable String taskId,
      @RequestParam String caseId,
      @RequestParam(required = false) TaskAction action,
      @RequestParam(required = false) String opinion,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser staff = accounts.signedIn();
    List<Correction> corrections = new ArrayList<>();
    for (String target : params.getOrDefault("correct", List.of())) {
      corrections.add(new Correction(target, null, params.getFirst("reason." + target)));
    }
    try {
      cases.completeTask(staff, taskId, action, opinion, corrections);
    } catch (BusinessRuleException e) {
      if (e.status() != 400) {
        throw e;
      }
      model.addAttribute("opinion", opinion);
      return casePage(staff, caseId, model, FieldMessages.of(messages, e.violations(), ""));
    }
    redirect.addFlashAttribute("done", action.name());
    return "redirect:/backoffice/cases/" + caseId;
  }

  @PostMapping("/cases/{id}/extension")
  String extend(@PathVariable String id, @RequestParam(defaultValue = "0") int days, @RequestParam(required = false) String reason, Model model) {
    CurrentUser staff = accounts.signedIn();
    try {
      cases.extend(staff, id, days, reason);
    } catch (BusinessRuleException e) {
      if (e.status() != 400) {
        throw e;
      }
      return casePage(staff, id, model, FieldMessages.of(messages, e.violations(), "extension."));
    }
    return "redirect:/backoffice/cases/" + id;
  }

  @GetMapping("/supervision")
  String supervision(@RequestParam(defaultValue = "0") int page, Model model) {
    int p = Paging.page(page);
    var warned = cases.warned(accounts.signedIn(), p, PAGE_SIZE);
    model.addAttribute("warned", warned.getContent());
    model.addAttribute("page", p);
    model.addAttribute("hasNext", warned.hasNext());
    return "backoffice/cases/supervision";
  }

  // --- assisted application (帮办代办) ---

  @GetMapping("/assist")
  String assistForm(Model model) {
    return "backoffice/cases/assist";
  }

  @PostMapping("/assist")
  String assist(
      @RequestParam(required = false) String idNumber,
      @RequestParam(required = false) String itemCode,
      @RequestParam(required = false) String situationCode,
      Model model) {
    model.addAttribute("idNumber", idNumber);
    if (situationCode == null || situationCode.isBlank()) {
      var item = itemCode == null ? java.util.Optional.<org.yiwang.catalog.ItemGuide>empty() : catalog.publishedItem(itemCode.strip());
      if (item.isPresent()) {
        // the second step: which situation, from the item's own list
        model.addAttribute("item", item.get());
        model.addAttribute("itemCode", item.get().code());
        return "backoffice/cases/assist";
      }
    }
    try {
      CaseView created = cases.createOnBehalf(accounts.signedIn(), idNumber, itemCode, situationCode);
      return "redirect:/backoffice/assist/" + created.id();
    } catch (BusinessRuleException e) {
      if (e.status() != 400) {
        throw e;
      }
      model.addAttribute("errors", FieldMessages.of(messages, e.violations(), ""));
      model.addAttribute("itemCode", itemCode);
      model.addAttribute("situationCode", situationCode);
      return "backoffice/cases/assist";
    }
  }

  @GetMapping("/assist/{id}")
  String assistEdit(@PathVariable String id, Model model) {
    CaseView view = cases.view(accounts.signedIn(), id);
    if (!view.editable()) {
      return "redirect:/backoffice/cases/" + id;
    }
    model.addAttribute("assisting", true);
    return CasePageController.editPage(messages, model, view, null, null, "/backoffice/assist/" + id);
  }

  @PostMapping("/assist/{id}")
  String assistSave(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      jakarta.servlet.http.HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser staff = accounts.signedIn();
    var outcome = EditForms.apply(cases, staff, id, params, EditForms.files(request));
    if (!outcome.violations().isEmpty()) {
      model.addAttribute("assisting", true);
      return CasePageController.editPage(messages, model, cases.view(staff, id), outcome.violations(), outcome.values(), "/backoffice/assist/" + id);
    }
    if ("submit".equals(params.getFirst("intent"))) {
      return "redirect:/backoffice/cases/" + id;
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/backoffice/assist/" + id;
  }
}
