package org.yiwang.cases.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.cases.CaseView;
import org.yiwang.cases.Cases;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.Paging;
import org.yiwang.shared.web.PageController;

/**
 * The applicant's pages: start an application, fill the form and upload the materials (saved as a
 * draft at every step), submit, follow the case on its timeline, correct, withdraw, download the
 * notices; and the public progress lookup.
 */
@PageController
class CasePageController {

  private static final int PAGE_SIZE = 20;

  private final Cases cases;
  private final Accounts accounts;
  private final ServiceCatalog catalog;
  private final MessageSource messages;

  CasePageController(Cases cases, Accounts accounts, ServiceCatalog catalog, MessageSource messages) {
    this.messages = messages;
    this.cases = cases;
    this.accounts = accounts;
    this.catalog = catalog;
  }

  @GetMapping("/apply/{itemCode}")
  String apply(@PathVariable String itemCode, @RequestParam(required = false) String situation, Model model) {
    var item = catalog.publishedItem(itemCode).orElseThrow(() -> new NotFoundException("catalog.item.unknown", itemCode));
    var chosen =
        item.content()
            .situation(situation)
            .orElseThrow(() -> new NotFoundException("cases.situation.unknown", String.valueOf(situation)));
    model.addAttribute("item", item);
    model.addAttribute("situation", chosen);
    return "cases/apply";
  }

  @PostMapping("/apply/{itemCode}")
  String start(@PathVariable String itemCode, @RequestParam String situation, @RequestParam(required = false) String key) {
    var created = cases.create(accounts.signedIn(), itemCode, situation, Map.of(), key);
    return "redirect:/cases/" + created.id() + "/edit";
  }

  @GetMapping("/cases")
  String mine(@RequestParam(defaultValue = "0") int page, Model model) {
    CurrentUser applicant = accounts.signedIn();
    int p = Paging.page(page);
    model.addAttribute("cases", cases.mine(applicant, p, PAGE_SIZE));
    model.addAttribute("page", p);
    // the case after this page, if any, at offset (p + 1) × PAGE_SIZE: a page of one at that index
    model.addAttribute("hasNext", !cases.mine(applicant, (p + 1) * PAGE_SIZE, 1).isEmpty());
    return "cases/list";
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable String id, Model model) {
    model.addAttribute("kase", cases.view(accounts.signedIn(), id));
    return "cases/case";
  }

  @GetMapping("/cases/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    CaseView view = cases.view(accounts.signedIn(), id);
    if (!view.editable()) {
      return "redirect:/cases/" + id;
    }
    return editPage(model, view, null, null, "/cases/" + id + "/edit");
  }

  /**
   * Saves what was typed and any files chosen, then submits when asked. Whatever was valid stays
   * saved; each problem is shown next to its field.
   */
  @PostMapping("/cases/{id}/edit")
  String save(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> params,
      jakarta.servlet.http.HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = accounts.signedIn();
    var outcome = EditForms.apply(cases, user, id, params, EditForms.files(request));
    if (!outcome.violations().isEmpty()) {
      model.addAttribute("submitted", outcome.values());
      return editPage(model, cases.view(user, id), outcome.violations(), outcome.values(), "/cases/" + id + "/edit");
    }
    if ("submit".equals(params.getFirst("intent"))) {
      redirect.addFlashAttribute("justSubmitted", true);
      return "redirect:/cases/" + id;
    }
    redirect.addFlashAttribute("saved", true);
    return "redirect:/cases/" + id + "/edit";
  }

  String editPage(
      Model model, CaseView view, List<BusinessRuleException.Violation> violations, Map<String, String> typed, String action) {
    return editPage(messages, model, view, violations, typed, action);
  }

  /** The application page, with each problem's message next to its field and in a summary on top. */
  static String editPage(
      MessageSource messages,
      Model model,
      CaseView view,
      List<BusinessRuleException.Violation> violations,
      Map<String, String> typed,
      String action) {
    model.addAttribute("kase", view);
    model.addAttribute("errors", FieldMessages.of(messages, violations, ""));
    Map<String, String> values = new LinkedHashMap<>(view.form());
    if (typed != null) {
      values.putAll(typed);
    }
    model.addAttribute("values", values);
    model.addAttribute("action", action);
    return "cases/edit";
  }

  @PostMapping("/cases/{id}/withdraw")
  String withdraw(@PathVariable String id, @RequestParam(required = false) String reason) {
    cases.withdraw(accounts.signedIn(), id, reason);
    return "redirect:/cases/" + id;
  }

  @GetMapping("/cases/{id}/materials/{code}")
  ResponseEntity<byte[]> material(@PathVariable String id, @PathVariable String code) {
    var file = cases.material(accounts.signedIn(), id, code);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.file().type().contentType()))
        .header("Content-Disposition", ContentDisposition.inline().filename(file.displayName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .body(file.bytes());
  }

  @GetMapping("/cases/{id}/notices/{kind}")
  ResponseEntity<byte[]> notice(@PathVariable String id, @PathVariable String kind) {
    var notice = CaseApiController.parse(kind);
    byte[] pdf = cases.notice(accounts.signedIn(), id, notice);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", ContentDisposition.attachment().filename(notice.name().toLowerCase() + ".pdf").build().toString())
        .body(pdf);
  }

  @GetMapping("/progress")
  String progress(@RequestParam(required = false) String number, @RequestParam(required = false) String idLast4, Model model) {
    model.addAttribute("number", number);
    model.addAttribute("idLast4", idLast4);
    if (number != null && idLast4 != null) {
      model.addAttribute("searched", true);
      model.addAttribute("progress", cases.progress(number, idLast4).orElse(null));
    }
    return "cases/progress";
  }

}
