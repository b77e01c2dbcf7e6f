package org.yiwang.portal;

import org.yiwang.shared.qr.QrCodes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import org.yiwang.catalog.DepartmentView;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.SituationGuide;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.SearchResults;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.catalog.SituationGuides;
import org.yiwang.catalog.SituationGuides.Outcome;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.web.PageController;

/** The citizen's pages. */
@PageController
class PortalController {

  static final List<String> POPULAR = List.of("公积金", "食品许可", "营业执照", "异地就医", "户口迁移", "失业保险");
  private static final int PAGE_SIZE = 20;

  private final ServiceCatalog catalog;
  private final MessageSource messages;
  private final org.yiwang.shared.YiwangProperties properties;
  private final org.yiwang.workflow.CaseProcesses processes;
  private final org.yiwang.cases.Cases cases;
  private final SharedPages pages;

  PortalController(
      ServiceCatalog catalog,
      MessageSource messages,
      org.yiwang.shared.YiwangProperties properties,
      org.yiwang.workflow.CaseProcesses processes,
      org.yiwang.cases.Cases cases,
      SharedPages pages) {
    this.cases = cases;
    this.pages = pages;
    this.catalog = catalog;
    this.processes = processes;
    this.messages = messages;
    this.properties = properties;
  }

  /**
   * The home page, the figures page and the departments' page list every department of the catalogue
   * (a province's 1,292: 35 ms of rendering a page, docs/benchmarks.md), so they are kept rendered for
   * anonymous readers until the figures change, as the guide pages are until their item's next version.
   */
  @GetMapping("/")
  void home(Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
    pages.serve("portal/home", "figures@" + catalog.figuresRevision(), model, () -> {
      model.addAttribute("overview", catalog.overview());
      model.addAttribute("departments", catalog.departments());
      model.addAttribute("popular", POPULAR);
    }, request, response);
  }

  @GetMapping("/stats")
  void stats(Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
    long providedByLicense = cases.materialsProvidedByLicense();
    pages.serve("portal/stats", "figures@" + catalog.figuresRevision() + "|licenses@" + providedByLicense, model, () -> {
      model.addAttribute("overview", catalog.overview());
      model.addAttribute("reductions", catalog.reductions());
      model.addAttribute("providedByLicense", providedByLicense);
    }, request, response);
  }

  @GetMapping("/departments")
  void departments(Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
    pages.serve("portal/departments", "figures@" + catalog.figuresRevision(), model,
        () -> model.addAttribute("departments", catalog.departments()), request, response);
  }

  @GetMapping("/departments/{code}")
  String department(
      @PathVariable String code,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Boolean fullyOnline,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletRequest request) {
    DepartmentView department =
        catalog.department(code).orElseThrow(() -> new NotFoundException("catalog.department.unknown", code));
    model.addAttribute("department", department);
    return search(q, department.code(), fullyOnline, page, htmx, model, request);
  }

  @GetMapping("/search")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Boolean fullyOnline,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("department", null);
    return search(q, null, fullyOnline, page, htmx, model, request);
  }

  private String search(
      String q,
      String departmentCode,
      Boolean fullyOnline,
      int page,
      String htmx,
      Model model,
      HttpServletRequest request) {
    String text = q.strip();
    if (text.length() > ItemQuery.MAX_TEXT_LENGTH) {
      model.addAttribute(
          "qError",
          messages.getMessage("search.tooLong", new Object[] {ItemQuery.MAX_TEXT_LENGTH}, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
      text = "";
    }
    if (page < 0 || page > 499) {
      throw org.yiwang.shared.BusinessRuleException.badRequest("page", "problem.page.range");
    }
    SearchResults results =
        catalog.search(new ItemQuery(text, departmentCode, fullyOnline, page, PAGE_SIZE));
    model.addAttribute("q", q.length() > ItemQuery.MAX_TEXT_LENGTH ? q.substring(0, ItemQuery.MAX_TEXT_LENGTH) : q);
    model.addAttribute("fullyOnline", fullyOnline);
    model.addAttribute("results", results);
    model.addAttribute("pageLinks", pageLinks(request, results.page()));
    return htmx != null ? "portal/search :: results" : "portal/search";
  }

  private static Map<String, String> pageLinks(HttpServletRequest request, int page) {
    UriComponentsBuilder base = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang");
    return Map.of(
        "prev", base.cloneBuilder().replaceQueryParam("page", Math.max(0, page - 1)).build().toUriString(),
        "next", base.cloneBuilder().replaceQueryParam("page", page + 1).build().toUriString());
  }

  @GetMapping("/items/{code}")
  void item(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
    ItemGuide item =
        catalog.publishedItem(code).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    pages.serve("portal/item", item.code() + "@v" + item.version(), model, () -> {
      model.addAttribute("item", item);
      model.addAttribute("flowchart", processes.flowchartSvg(code).orElse(""));
      model.addAttribute("shareUrl", shareUrl(code));
      SituationGuide guide = SituationGuides.effective(item.content(), message("situationGuide.defaultQuestion"));
      model.addAttribute("guideStart", guide == null ? null : SituationGuides.walk(guide, List.of()));
    }, request, response);
  }

  /**
   * The guided questions (智能导办): the answers so far ({@code a}, option indexes, in order) lead
   * to the next question or to one situation with its own materials. {@code n} is the number of
   * answers the form expects, so a form sent without a choice is told so.
   */
  @GetMapping("/items/{code}/guide")
  String guide(
      @PathVariable String code,
      @RequestParam(name = "n", required = false) String n,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    ItemGuide item =
        catalog.publishedItem(code).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    ItemContent content = item.content();
    model.addAttribute("item", item);
    if (content.situations().size() < 2) {
      // nothing to ask: the only situation (if any) is the answer
      model.addAttribute("outcome", null);
      model.addAttribute("answered", List.of());
      model.addAttribute("situation", content.situations().isEmpty() ? null : content.situations().get(0));
      return "portal/guide";
    }
    SituationGuide guide = SituationGuides.effective(content, message("situationGuide.defaultQuestion"));
    // read as sent: a bound List<String> would split "a=0,1" on the comma
    String[] a = request.getParameterValues("a");
    List<String> answers = a == null ? List.of() : Arrays.asList(a);
    Outcome outcome = SituationGuides.walk(guide, answers);
    if (outcome.invalid()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("guideError", message(outcome.problem(), outcome.position()));
      // go on from the answers that were fine
      outcome = SituationGuides.walk(guide, outcome.answers());
    } else if (outcome.asking() && expected(n) > answers.size()) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("choiceError", message("situationGuide.choose"));
    }
    model.addAttribute("outcome", outcome);
    model.addAttribute("answered", answered(code, outcome));
    List<String> sent = outcome.answers();
    model.addAttribute("backUrl", sent.isEmpty() ? null : guideUrl(code, sent.subList(0, sent.size() - 1)));
    model.addAttribute(
        "situation", outcome.reached() ? content.situation(outcome.situation()).orElse(null) : null);
    return "portal/guide";
  }

  /** A question answered on the way, with the link that asks it again. */
  record AnsweredStep(String question, String answer, String changeUrl) {}

  private static List<AnsweredStep> answered(String code, Outcome outcome) {
    List<AnsweredStep> steps = new ArrayList<>();
    for (int i = 0; i < outcome.answered().size(); i++) {
      var answer = outcome.answered().get(i);
      steps.add(
          new AnsweredStep(
              answer.question().text(), answer.option().label(), guideUrl(code, outcome.answers().subList(0, i))));
    }
    return steps;
  }

  /** The guide page after the given answers, relative to the context path. */
  private static String guideUrl(String code, List<String> answers) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/items/{code}/guide");
    if (!answers.isEmpty()) {
      url.queryParam("a", answers.toArray());
    }
    return url.buildAndExpand(code).encode().toUriString();
  }

  private static int expected(String n) {
    if (n == null || n.isEmpty() || n.length() > 3 || !n.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(n);
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }

  @GetMapping(value = "/items/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(@PathVariable String code) {
    catalog.publishedItem(code).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)))
        .body(QrCodes.png(shareUrl(code), 320));
  }

  /**
   * The link printed on posters and QR codes: from {@code yiwang.public-url} when set (production),
   * else from the request (the embedded default), never from headers a client could forge there.
   */
  private String shareUrl(String code) {
    if (properties.publicUrl() != null) {
      return properties.publicUrl() + "/items/" + code;
    }
    return ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/items/{code}")
        .buildAndExpand(code)
        .toUriString();
  }
}
