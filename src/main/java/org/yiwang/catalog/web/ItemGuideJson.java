package org.yiwang.catalog.web;

import java.time.OffsetDateTime;
import java.util.List;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.OnlineDepth;

/** The whole published service guide of an item, as API.md fixes it (fields may be added, never renamed). */
record ItemGuideJson(
    String code,
    String basicCode,
    String name,
    String departmentCode,
    String departmentName,
    ItemType type,
    int version,
    OffsetDateTime publishedAt,
    String responsibleOffice,
    List<ItemContent.LegalBasis> legalBasis,
    String acceptanceConditions,
    List<ItemContent.ServiceObject> serviceObjects,
    List<SituationJson> situations,
    List<ItemContent.Step> steps,
    int statutoryDays,
    int promisedDays,
    List<ItemContent.Fee> fees,
    String place,
    String hours,
    String consultationPhone,
    String complaintPhone,
    ResultJson result,
    OnlineDepth onlineDepth,
    int visits,
    boolean fullyOnline,
    boolean appointment,
    boolean onlinePayment,
    boolean courierDelivery,
    boolean decidedInCentre,
    String decisionPlace,
    boolean windowAuthorised,
    String flowchartTitle,
    String flowchartDescription,
    String flowchartUrl,
    ItemContent.SituationGuide guide) {

  record SituationJson(
      String code, String name, String conditions, List<MaterialJson> materials, List<FieldJson> form) {}

  record MaterialJson(
      String code,
      String name,
      boolean required,
      ItemContent.Medium medium,
      int copies,
      String source,
      String legalBasis,
      String legalBasisLaw,
      String legalBasisArticle,
      String blankFormUrl,
      String sampleUrl,
      boolean commitmentAllowed,
      String licenseTypeCode,
      String note) {}

  /** A field of a situation's application form. */
  record FieldJson(
      String name, String label, String labelEn, String type, boolean required, String pattern, List<String> options) {
    static FieldJson of(ItemContent.FormField f) {
      return new FieldJson(f.name(), f.label(), f.labelEn(), f.type().name(), f.required(), f.pattern(), f.options());
    }
  }

  record ResultJson(String name, ItemContent.ResultType type, String sampleUrl) {}

  static ItemGuideJson of(ItemGuide guide) {
    ItemContent c = guide.content();
    String code = guide.code();
    return new ItemGuideJson(
        code,
        c.basicCode(),
        c.name(),
        guide.departmentCode(),
        guide.departmentName(),
        c.type(),
        guide.version(),
        guide.publishedAt(),
        c.responsibleOffice(),
        c.legalBasis(),
        c.acceptanceConditions(),
        c.serviceObjects(),
        c.situations().stream()
            .map(
                s ->
                    new SituationJson(
                        s.code(),
                        s.name(),
                        s.conditions(),
                        s.materials().stream().map(m -> material(code, m)).toList(),
                        s.form().stream().map(FieldJson::of).toList()))
            .toList(),
        c.steps(),
        c.statutoryDays(),
        c.promisedDays(),
        c.fees(),
        c.place(),
        c.hours(),
        c.consultationPhone(),
        c.complaintPhone(),
        c.result() == null
            ? null
            : new ResultJson(c.result().name(), c.result().type(), fileUrl(code, c.result().sample())),
        c.onlineDepth(),
        c.visits(),
        c.fullyOnline(),
        c.appointment(),
        c.onlinePayment(),
        c.courierDelivery(),
        c.decidedInCentre(),
        c.decisionPlace(),
        c.windowAuthorised(),
        c.flowchartTitle(),
        c.flowchartDescription(),
        "/api/v1/items/" + code + "/flowchart.svg",
        org.yiwang.catalog.SituationGuides.effective(c));
  }

  private static MaterialJson material(String itemCode, ItemContent.Material m) {
    var basis = m.legalBasis();
    return new MaterialJson(
        m.code(),
        m.name(),
        m.required(),
        m.medium(),
        m.copies(),
        m.source(),
        basis == null ? null : (nullToEmpty(basis.law()) + " " + nullToEmpty(basis.article())).strip(),
        basis == null ? null : basis.law(),
        basis == null ? null : basis.article(),
        fileUrl(itemCode, m.blankForm()),
        fileUrl(itemCode, m.sample()),
        m.commitmentAllowed(),
        m.licenseTypeCode(),
        m.note());
  }

  static String fileUrl(String itemCode, ItemContent.FileRef file) {
    return file == null ? null : "/items/" + itemCode + "/files/" + file.id();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

}
