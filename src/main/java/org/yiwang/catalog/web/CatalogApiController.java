package org.yiwang.catalog.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.catalog.CatalogueOverview;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.shared.NotFoundException;

/** The public catalogue API (API.md, "Catalogue"): no sign-in. */
@RestController
@RequestMapping("/api/v1")

class CatalogApiController {

  private final ServiceCatalog catalog;

  CatalogApiController(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  record DepartmentJson(String code, String name, long itemCount, long fullyOnlineCount) {}

  @GetMapping("/departments")
  List<DepartmentJson> departments() {
    return catalog.departments().stream()
        .map(d -> new DepartmentJson(d.code(), d.name(), d.itemCount(), d.fullyOnlineCount()))
        .toList();
  }

  @GetMapping("/items")
  ItemPageJson items(
      @RequestParam(defaultValue = "") @Size(max = ItemQuery.MAX_TEXT_LENGTH) String q,
      @RequestParam(required = false) @Size(max = 32) String department,
      @RequestParam(required = false) Boolean fullyOnline,
      @RequestParam(defaultValue = "0") @Min(0) @Max(499) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(ItemQuery.MAX_PAGE_SIZE) int size) {
    return ItemPageJson.of(catalog.search(new ItemQuery(q, department, fullyOnline, page, size)));
  }

  @GetMapping("/items/{code}")
  ItemGuideJson item(@PathVariable String code) {
    return catalog
        .publishedItem(code)
        .map(ItemGuideJson::of)
        .orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
  }

  record MeasureJson(long before, long after, java.math.BigDecimal rate) {
    static MeasureJson of(org.yiwang.catalog.ReductionStats.Measure m) {
      return new MeasureJson(m.before(), m.after(), m.rate());
    }
  }

  record DepartmentReductionsJson(
      String code, String name, MeasureJson steps, MeasureJson materials, MeasureJson days, MeasureJson visits) {}

  record ReductionsJson(
      MeasureJson steps, MeasureJson materials, MeasureJson days, MeasureJson visits,
      List<DepartmentReductionsJson> departments) {}

  /** The four reductions (API.md): before and after summed over published items, per department too. */
  @GetMapping("/stats/reductions")
  ReductionsJson reductions() {
    var r = catalog.reductions();
    return new ReductionsJson(
        MeasureJson.of(r.steps()), MeasureJson.of(r.materials()), MeasureJson.of(r.days()), MeasureJson.of(r.visits()),
        r.departments().stream()
            .map(d -> new DepartmentReductionsJson(d.code(), d.name(), MeasureJson.of(d.steps()),
                MeasureJson.of(d.materials()), MeasureJson.of(d.days()), MeasureJson.of(d.visits())))
            .toList());
  }

  @GetMapping("/stats/overview")
  CatalogueOverview overview() {
    return catalog.overview();
  }
}
