package org.yiwang.quality.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.quality.CatalogueQuality;
import org.yiwang.quality.DepartmentQuality;
import org.yiwang.quality.Finding;
import org.yiwang.quality.ItemQuality;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.web.PageController;

/** The scoreboard: departments ranked, findings grouped by rule, each linked to the field to fix. */
@PageController
class QualityController {

  private final CatalogueQuality quality;
  private final ServiceCatalog catalog;
  private final Accounts accounts;
  private final MessageSource messages;

  QualityController(CatalogueQuality quality, ServiceCatalog catalog, Accounts accounts, MessageSource messages) {
    this.quality = quality;
    this.catalog = catalog;
    this.accounts = accounts;
    this.messages = messages;
  }

  @GetMapping("/backoffice/quality")
  String scoreboard(Model model) {
    CurrentUser user = user();
    QualityAccess.requireStaff(user);
    if (!QualityAccess.seesAll(user)) {
      return "redirect:/backoffice/quality/departments/" + user.departmentCode();
    }
    model.addAttribute("report", quality.report());
    return "quality/scoreboard";
  }

  /** A finding as the page shows it: its item and its message in the reader's language. */
  record FindingRow(ItemQuality item, Finding finding, String message) {}

  @GetMapping("/backoffice/quality/departments/{code}")
  String department(@PathVariable String code, Model model) {
    CurrentUser user = user();
    QualityAccess.requireDepartment(user, code);
    DepartmentQuality department =
        quality.report().departments().stream()
            .filter(d -> d.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("catalog.department.unknown", code));
    Map<String, List<FindingRow>> byRule = new TreeMap<>();
    for (ItemQuality item : quality.itemsOfDepartment(code)) {
      for (Finding f : item.findings()) {
        byRule.computeIfAbsent(f.rule(), r -> new java.util.ArrayList<>()).add(new FindingRow(item, f, message(f)));
      }
    }
    model.addAttribute("department", department);
    model.addAttribute("byRule", byRule);
    model.addAttribute("rank", quality.report().departments().indexOf(department) + 1);
    model.addAttribute("seesAll", QualityAccess.seesAll(user));
    return "quality/department";
  }

  @PostMapping("/backoffice/quality/audit")
  String auditNow(RedirectAttributes redirect) {
    CurrentUser user = user();
    if (!QualityAccess.seesAll(user)) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
    quality.auditAll();
    return "redirect:/backoffice/quality";
  }

  @GetMapping("/backoffice/quality/export.xlsx")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String department) {
    CurrentUser user = user();
    QualityAccess.requireStaff(user);
    String only = QualityAccess.seesAll(user) ? department : user.departmentCode();
    var report = quality.report();
    try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
      Sheet scores = workbook.createSheet(text("quality.title"));
      header(scores, text("quality.rank"), text("quality.department"), text("quality.items"),
          text("quality.itemsWithFindings"), text("quality.score"));
      int r = 1;
      for (DepartmentQuality d : report.departments()) {
        if (only == null || only.equals(d.code())) {
          row(scores, r++, report.departments().indexOf(d) + 1, d.name(), d.items(), d.itemsWithFindings(), d.score().doubleValue());
        }
      }
      Sheet findings = workbook.createSheet(text("quality.findings"));
      header(findings, text("quality.department"), text("quality.item"), text("guide.code"), text("quality.score"),
          text("quality.rule"), text("quality.severity"), text("quality.field"), text("quality.message"));
      r = 1;
      for (DepartmentQuality d : report.departments()) {
        if (only != null && !only.equals(d.code())) {
          continue;
        }
        for (ItemQuality item : quality.itemsOfDepartment(d.code())) {
          for (Finding f : item.findings()) {
            row(findings, r++, d.name(), item.name(), item.code(), item.score(), f.rule(),
                text("quality.severity." + f.severity()), f.field() == null ? "" : f.field(), message(f));
          }
        }
      }
      workbook.write(out);
      workbook.dispose();
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename("事项质量评分.xlsx", StandardCharsets.UTF_8).build().toString())
          .body(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/backoffice/laws")
  String laws(Model model) {
    CurrentUser user = user();
    QualityAccess.requireStaff(user);
    model.addAttribute("laws", new java.util.TreeSet<>(catalog.knownLaws()));
    model.addAttribute("mayAdd", QualityAccess.seesAll(user));
    return "quality/laws";
  }

  @PostMapping("/backoffice/laws")
  String addLaw(@RequestParam(defaultValue = "") String name) {
    CurrentUser user = user();
    if (!QualityAccess.seesAll(user)) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
    catalog.addLaw(name, user.username());
    quality.auditAll(); // findings of an unknown law may be gone now
    return "redirect:/backoffice/laws";
  }

  private static void header(Sheet sheet, String... titles) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < titles.length; i++) {
      row.createCell(i).setCellValue(titles[i]);
    }
  }

  private static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(v == null ? "" : v.toString());
      }
    }
  }

  private String message(Finding f) {
    return f.message(messages);
  }

  private String text(String code) {
    return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
  }

  private CurrentUser user() {
    return accounts.signedIn();
  }

}
