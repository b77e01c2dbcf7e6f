package org.yiwang.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One version of a service item's implementation list: everything its service guide shows. Stored
 * as one document per version, so a published version never changes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemContent(
    String name,
    String basicCode,
    ItemType type,
    String responsibleOffice,
    List<LegalBasis> legalBasis,
    String acceptanceConditions,
    List<ServiceObject> serviceObjects,
    List<Situation> situations,
    List<Step> steps,
    int statutoryDays,
    int promisedDays,
    List<Fee> fees,
    String place,
    String hours,
    String consultationPhone,
    String complaintPhone,
    Result result,
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
    SituationGuide guide) {

  public ItemContent {
    legalBasis = listOrEmpty(legalBasis);
    serviceObjects = listOrEmpty(serviceObjects);
    situations = listOrEmpty(situations);
    steps = listOrEmpty(steps);
    fees = listOrEmpty(fees);
  }

  /** Who may apply (服务对象). */
  public enum ServiceObject {
    PERSON,
    ENTERPRISE
  }

  /** Who handles a step. */
  public enum HandlerRole {
    WINDOW,
    APPROVER,
    SUPERVISOR
  }

  /** What form a material is handed in. */
  public enum Medium {
    ORIGINAL,
    COPY,
    ELECTRONIC
  }

  /** What the applicant receives (结果类型). */
  public enum ResultType {
    CERTIFICATE,
    APPROVAL,
    FILING,
    PAYMENT,
    OTHER
  }

  /** A law or regulation and the article that sets or governs something. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LegalBasis(String law, String article, String text) {}

  /** A granular case of the item (情形) with its own conditions and materials. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Situation(
      String code, String name, String conditions, List<Material> materials, List<FormField> form) {
    public Situation {
      materials = listOrEmpty(materials);
      form = listOrEmpty(form);
    }

    public Situation(String code, String name, String conditions, List<Material> materials) {
      this(code, name, conditions, materials, List.of());
    }

    public Situation withMaterials(List<Material> newMaterials) {
      return new Situation(code, name, conditions, newMaterials, form);
    }

    public Situation withForm(List<FormField> newForm) {
      return new Situation(code, name, conditions, materials, newForm);
    }

    public java.util.Optional<Material> material(String materialCode) {
      return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
    }
  }

  /** The kinds of value an application form asks for; each is checked on submission. */
  public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    SELECT,
    ID_NUMBER,
    USCC,
    PHONE,
    ADDRESS,
    AMOUNT
  }

  /**
   * A field of a situation's application form (申请表): its name in the submitted data, labels in
   * Chinese and English, type, whether required, an optional regular expression the value must
   * match, and the choices of a {@code SELECT}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FormField(
      String name,
      String label,
      String labelEn,
      FieldType type,
      boolean required,
      String pattern,
      List<String> options) {
    public FormField {
      options = listOrEmpty(options);
      type = type == null ? FieldType.TEXT : type;
    }
  }

  /** A document the applicant provides (申请材料). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Material(
      String code,
      String name,
      boolean required,
      Medium medium,
      int copies,
      String source,
      LegalBasis legalBasis,
      boolean commitmentAllowed,
      String licenseTypeCode,
      List<String> formFields,
      String note,
      FileRef blankForm,
      FileRef sample) {
    public Material {
      formFields = listOrEmpty(formFields);
    }

    public Material withFiles(FileRef blankForm, FileRef sample) {
      return new Material(
          code, name, required, medium, copies, source, legalBasis, commitmentAllowed,
          licenseTypeCode, formFields, note, blankForm, sample);
    }
  }

  /** A step of the procedure (办理环节). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Step(String name, HandlerRole handlerRole, int days, String description) {}

  /** A fee and what it rests on. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Fee(String name, BigDecimal amount, String basis, boolean waivable) {}

  /** The result of the item (办理结果) and a sample of it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Result(String name, ResultType type, FileRef sample) {
    public Result withSample(FileRef sample) {
      return new Result(name, type, sample);
    }
  }

  /**
   * The guided questions (智能导办) that lead an applicant to exactly one situation: start at
   * {@code start}; each option leads to another question ({@code next}) or ends on a situation.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record SituationGuide(String start, List<Question> questions) {
    public SituationGuide {
      questions = listOrEmpty(questions);
    }
  }

  /** One question of the guide, with its answers. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Question(String id, String text, List<Option> options) {
    public Question {
      options = listOrEmpty(options);
    }
  }

  /** An answer: leads to the question {@code next}, or ends on the situation {@code situation}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Option(String label, String next, String situation) {}

  /** A file in the file store: its SHA-256 id, the name to download it under, its type. */
  public record FileRef(String id, String name, String contentType) {}

  /** Every file this version refers to. */
  public Stream<FileRef> files() {
    Stream<FileRef> materialFiles =
        situations.stream()
            .flatMap(s -> s.materials().stream())
            .flatMap(m -> Stream.of(m.blankForm(), m.sample()));
    Stream<FileRef> resultSample = result == null ? Stream.empty() : Stream.of(result.sample());
    return Stream.concat(materialFiles, resultSample).filter(Objects::nonNull);
  }

  /** The same content with every file reference replaced by {@code replace}'s answer. */
  public ItemContent mapFiles(java.util.function.UnaryOperator<FileRef> replace) {
    java.util.function.UnaryOperator<FileRef> safe = f -> f == null ? null : replace.apply(f);
    List<Situation> mapped =
        situations.stream()
            .map(
                s ->
                    s.withMaterials(
                        s.materials().stream()
                            .map(m -> m.withFiles(safe.apply(m.blankForm()), safe.apply(m.sample())))
                            .toList()))
            .toList();
    return withSituations(mapped)
        .withResult(result == null ? null : result.withSample(safe.apply(result.sample())));
  }

  /** Distinct materials over all situations (a material asked in several situations counts once). */
  public int materialCount() {
    return (int)
        situations.stream().flatMap(s -> s.materials().stream()).map(Material::name).distinct().count();
  }

  public ItemContent withGuide(SituationGuide newGuide) {
    return new ItemContent(
        name, basicCode, type, responsibleOffice, legalBasis, acceptanceConditions, serviceObjects,
        situations, steps, statutoryDays, promisedDays, fees, place, hours, consultationPhone,
        complaintPhone, result, onlineDepth, visits, fullyOnline, appointment, onlinePayment,
        courierDelivery, decidedInCentre, decisionPlace, windowAuthorised, flowchartTitle,
        flowchartDescription, newGuide);
  }

  public boolean free() {
    return fees.isEmpty();
  }

  public boolean onTheSpot() {
    return promisedDays == 0;
  }

  public ItemContent withSituations(List<Situation> newSituations) {
    return new ItemContent(
        name, basicCode, type, responsibleOffice, legalBasis, acceptanceConditions, serviceObjects,
        newSituations, steps, statutoryDays, promisedDays, fees, place, hours, consultationPhone,
        complaintPhone, result, onlineDepth, visits, fullyOnline, appointment, onlinePayment,
        courierDelivery, decidedInCentre, decisionPlace, windowAuthorised, flowchartTitle,
        flowchartDescription, guide);
  }

  public ItemContent withResult(Result newResult) {
    return new ItemContent(
        name, basicCode, type, responsibleOffice, legalBasis, acceptanceConditions, serviceObjects,
        situations, steps, statutoryDays, promisedDays, fees, place, hours, consultationPhone,
        complaintPhone, newResult, onlineDepth, visits, fullyOnline, appointment, onlinePayment,
        courierDelivery, decidedInCentre, decisionPlace, windowAuthorised, flowchartTitle,
        flowchartDescription, guide);
  }

  /** The situation with the given code, if the item has one. */
  public java.util.Optional<Situation> situation(String code) {
    return situations.stream().filter(s -> s.code() != null && s.code().equals(code)).findFirst();
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
