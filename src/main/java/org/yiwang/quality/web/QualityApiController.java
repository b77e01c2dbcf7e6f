package org.yiwang.quality.web;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.quality.CatalogueQuality;
import org.yiwang.quality.ItemQuality;
import org.yiwang.quality.Severity;
import org.yiwang.shared.NotFoundException;

/** API.md, "Catalogue governance": department admins see their own department, platform admins all. */
@RestController
@RequestMapping("/api/v1/catalogue/quality")
class QualityApiController {

  private final CatalogueQuality quality;
  private final Accounts accounts;
  private final MessageSource messages;

  QualityApiController(CatalogueQuality quality, Accounts accounts, MessageSource messages) {
    this.quality = quality;
    this.accounts = accounts;
    this.messages = messages;
  }

  record DepartmentJson(String code, String name, int items, int itemsWithFindings, BigDecimal score) {}

  record ReportJson(BigDecimal score, List<DepartmentJson> departments) {}

  @GetMapping
  ReportJson report() {
    CurrentUser user = user();
    QualityAccess.requireStaff(user);
    var report = quality.report();
    return new ReportJson(
        report.score(),
        report.departments().stream()
            .filter(d -> QualityAccess.seesAll(user) || d.code().equals(user.departmentCode()))
            .map(d -> new DepartmentJson(d.code(), d.name(), d.items(), d.itemsWithFindings(), d.score()))
            .toList());
  }

  record FindingJson(String rule, Severity severity, String field, String message) {}

  record ItemJson(String code, int score, List<FindingJson> findings) {}

  @GetMapping("/items/{code}")
  ItemJson item(@PathVariable String code) {
    CurrentUser user = user();
    ItemQuality item = quality.item(code).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    QualityAccess.requireDepartment(user, item.departmentCode());
    return new ItemJson(
        item.code(),
        item.score(),
        item.findings().stream()
            .map(f -> new FindingJson(f.rule(), f.severity(), f.field(),
                f.message(messages)))
            .toList());
  }

  private CurrentUser user() {
    return accounts.signedIn();
  }
}
