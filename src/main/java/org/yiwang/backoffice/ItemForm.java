package org.yiwang.backoffice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.HandlerRole;
import org.yiwang.catalog.ItemContent.Medium;
import org.yiwang.catalog.ItemContent.ResultType;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.OnlineDepth;

/**
 * The item editor's form: every element of the implementation list, with lists of rows that can
 * be added and marked for removal. Converted to and from {@link ItemContent}.
 */
public class ItemForm {

  @NotBlank(message = "{form.required}")
  @Size(max = 200, message = "{form.tooLong}")
  private String name;

  @Pattern(regexp = "\\d{0,20}", message = "{editor.basicCode.pattern}")
  private String basicCode;

  @NotNull(message = "{form.required}")
  private ItemType type;

  @NotBlank(message = "{form.required}")
  @Size(max = 100, message = "{form.tooLong}")
  private String responsibleOffice;

  @NotBlank(message = "{form.required}")
  @Size(max = 4000, message = "{form.tooLong}")
  private String acceptanceConditions;

  private boolean forPersons;
  private boolean forEnterprises;

  @NotNull(message = "{form.required}")
  @Min(value = 0, message = "{editor.days.range}")
  @Max(value = 365, message = "{editor.days.range}")
  private Integer statutoryDays;

  @NotNull(message = "{form.required}")
  @Min(value = 0, message = "{editor.days.range}")
  @Max(value = 365, message = "{editor.days.range}")
  private Integer promisedDays;

  @NotNull(message = "{form.required}")
  @Min(value = 0, message = "{editor.visits.range}")
  @Max(value = 10, message = "{editor.visits.range}")
  private Integer visits;

  @NotBlank(message = "{form.required}")
  @Size(max = 300, message = "{form.tooLong}")
  private String place;

  @Size(max = 200, message = "{form.tooLong}")
  private String hours;

  @Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{editor.phone.pattern}")
  private String consultationPhone;

  @Pattern(regexp = "[0-9+\\- ]{0,20}", message = "{editor.phone.pattern}")
  private String complaintPhone;

  @NotNull(message = "{form.required}")
  private OnlineDepth onlineDepth;

  private boolean fullyOnline;
  private boolean appointment;
  private boolean onlinePayment;
  private boolean courierDelivery;
  private boolean decidedInCentre;
  private boolean windowAuthorised;

  @Size(max = 300, message = "{form.tooLong}")
  private String decisionPlace;

  @Size(max = 200, message = "{form.tooLong}")
  private String flowchartTitle;

  @Size(max = 4000, message = "{form.tooLong}")
  private String flowchartDescription;

  @Size(max = 200, message = "{form.tooLong}")
  private String resultName;

  private ResultType resultType;
  private String resultSampleId;
  private MultipartFile resultSampleUpload;

  @Valid
  @Size(max = 30, message = "{editor.rows.tooMany}")
  private List<BasisRow> legalBasis = new ArrayList<>();

  @Valid
  @Size(max = 30, message = "{editor.rows.tooMany}")
  private List<StepRow> steps = new ArrayList<>();

  @Valid
  @Size(max = 20, message = "{editor.rows.tooMany}")
  private List<FeeRow> fees = new ArrayList<>();

  @Valid
  @Size(max = 30, message = "{editor.rows.tooMany}")
  private List<SituationRow> situations = new ArrayList<>();

  public static class BasisRow {
    @Size(max = 200, message = "{form.tooLong}")
    private String law;

    @Size(max = 50, message = "{form.tooLong}")
    private String article;

    @Size(max = 2000, message = "{form.tooLong}")
    private String text;

    private boolean remove;

    public String getLaw() { return law; }
    public void setLaw(String law) { this.law = law; }
    public String getArticle() { return article; }
    public void setArticle(String article) { this.article = article; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
  }

  public static class StepRow {
    @Size(max = 50, message = "{form.tooLong}")
    private String name;

    private HandlerRole handlerRole = HandlerRole.APPROVER;

    @Min(value = 0, message = "{editor.days.range}")
    @Max(value = 365, message = "{editor.days.range}")
    private Integer days = 0;

    @Size(max = 1000, message = "{form.tooLong}")
    private String description;

    private boolean remove;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public HandlerRole getHandlerRole() { return handlerRole; }
    public void setHandlerRole(HandlerRole handlerRole) { this.handlerRole = handlerRole; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
  }

  public static class FeeRow {
    @Size(max = 100, message = "{form.tooLong}")
    private String name;

    @DecimalMin(value = "0.00", message = "{editor.amount.range}")
    private BigDecimal amount;

    @Size(max = 500, message = "{form.tooLong}")
    private String basis;

    private boolean waivable;
    private boolean remove;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public boolean isWaivable() { return waivable; }
    public void setWaivable(boolean waivable) { this.waivable = waivable; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
  }

  public static class SituationRow {
    @Pattern(regexp = "[a-z0-9-]{0,32}", message = "{editor.code.pattern}")
    private String code;

    @Size(max = 100, message = "{form.tooLong}")
    private String name;

    @Size(max = 2000, message = "{form.tooLong}")
    private String conditions;

    private boolean remove;

    @Valid
    @Size(max = 60, message = "{editor.rows.tooMany}")
    private List<MaterialRow> materials = new ArrayList<>();

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getConditions() { return conditions; }
    public void setConditions(String conditions) { this.conditions = conditions; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
    public List<MaterialRow> getMaterials() { return materials; }
    public void setMaterials(List<MaterialRow> materials) { this.materials = materials; }
  }

  public static class MaterialRow {
    @Pattern(regexp = "[a-z0-9-]{0,32}", message = "{editor.code.pattern}")
    private String code;

    @Size(max = 200, message = "{form.tooLong}")
    private String name;

    private boolean required = true;
    private Medium medium = Medium.ORIGINAL;

    @Min(value = 1, message = "{editor.copies.range}")
    @Max(value = 20, message = "{editor.copies.range}")
    private Integer copies = 1;

    @Size(max = 100, message = "{form.tooLong}")
    private String source;

    @Size(max = 200, message = "{form.tooLong}")
    private String law;

    @Size(max = 50, message = "{form.tooLong}")
    private String article;

    private boolean commitmentAllowed;

    @Size(max = 50, message = "{form.tooLong}")
    private String licenseTypeCode;

    @Size(max = 500, message = "{form.tooLong}")
    private String note;

    @Size(max = 500, message = "{form.tooLong}")
    private String formFields;

    private String blankFormId;
    private String sampleId;
    private MultipartFile blankFormUpload;
    private MultipartFile sampleUpload;
    private boolean remove;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public Medium getMedium() { return medium; }
    public void setMedium(Medium medium) { this.medium = medium; }
    public Integer getCopies() { return copies; }
    public void setCopies(Integer copies) { this.copies = copies; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getLaw() { return law; }
    public void setLaw(String law) { this.law = law; }
    public String getArticle() { return article; }
    public void setArticle(String article) { this.article = article; }
    public boolean isCommitmentAllowed() { return commitmentAllowed; }
    public void setCommitmentAllowed(boolean commitmentAllowed) { this.commitmentAllowed = commitmentAllowed; }
    public String getLicenseTypeCode() { return licenseTypeCode; }
    public void setLicenseTypeCode(String licenseTypeCode) { this.licenseTypeCode = licenseTypeCode; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getFormFields() { return formFields; }
    public void setFormFields(String formFields) { this.formFields = formFields; }
    public String getBlankFormId() { return blankFormId; }
    public void setBlankFormId(String blankFormId) { this.blankFormId = blankFormId; }
    public String getSampleId() { return sampleId; }
    public void setSampleId(String sampleId) { this.sampleId = sampleId; }
    public MultipartFile getBlankFormUpload() { return blankFormUpload; }
    public void setBlankFormUpload(MultipartFile blankFormUpload) { this.blankFormUpload = blankFormUpload; }
    public MultipartFile getSampleUpload() { return sampleUpload; }
    public void setSampleUpload(MultipartFile sampleUpload) { this.sampleUpload = sampleUpload; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
  }

  // --- accessors ---
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public String getBasicCode() { return basicCode; }
  public void setBasicCode(String basicCode) { this.basicCode = basicCode; }
  public ItemType getType() { return type; }
  public void setType(ItemType type) { this.type = type; }
  public String getResponsibleOffice() { return responsibleOffice; }
  public void setResponsibleOffice(String responsibleOffice) { this.responsibleOffice = responsibleOffice; }
  public String getAcceptanceConditions() { return acceptanceConditions; }
  public void setAcceptanceConditions(String acceptanceConditions) { this.acceptanceConditions = acceptanceConditions; }
  public boolean isForPersons() { return forPersons; }
  public void setForPersons(boolean forPersons) { this.forPersons = forPersons; }
  public boolean isForEnterprises() { return forEnterprises; }
  public void setForEnterprises(boolean forEnterprises) { this.forEnterprises = forEnterprises; }
  public Integer getStatutoryDays() { return statutoryDays; }
  public void setStatutoryDays(Integer statutoryDays) { this.statutoryDays = statutoryDays; }
  public Integer getPromisedDays() { return promisedDays; }
  public void setPromisedDays(Integer promisedDays) { this.promisedDays = promisedDays; }
  public Integer getVisits() { return visits; }
  public void setVisits(Integer visits) { this.visits = visits; }
  public String getPlace() { return place; }
  public void setPlace(String place) { this.place = place; }
  public String getHours() { return hours; }
  public void setHours(String hours) { this.hours = hours; }
  public String getConsultationPhone() { return consultationPhone; }
  public void setConsultationPhone(String consultationPhone) { this.consultationPhone = consultationPhone; }
  public String getComplaintPhone() { return complaintPhone; }
  public void setComplaintPhone(String complaintPhone) { this.complaintPhone = complaintPhone; }
  public OnlineDepth getOnlineDepth() { return onlineDepth; }
  public void setOnlineDepth(OnlineDepth onlineDepth) { this.onlineDepth = onlineDepth; }
  public boolean isFullyOnline() { return fullyOnline; }
  public void setFullyOnline(boolean fullyOnline) { this.fullyOnline = fullyOnline; }
  public boolean isAppointment() { return appointment; }
  public void setAppointment(boolean appointment) { this.appointment = appointment; }
  public boolean isOnlinePayment() { return onlinePayment; }
  public void setOnlinePayment(boolean onlinePayment) { this.onlinePayment = onlinePayment; }
  public boolean isCourierDelivery() { return courierDelivery; }
  public void setCourierDelivery(boolean courierDelivery) { this.courierDelivery = courierDelivery; }
  public boolean isDecidedInCentre() { return decidedInCentre; }
  public void setDecidedInCentre(boolean decidedInCentre) { this.decidedInCentre = decidedInCentre; }
  public boolean isWindowAuthorised() { return windowAuthorised; }
  public void setWindowAuthorised(boolean windowAuthorised) { this.windowAuthorised = windowAuthorised; }
  public String getDecisionPlace() { return decisionPlace; }
  public void setDecisionPlace(String decisionPlace) { this.decisionPlace = decisionPlace; }
  public String getFlowchartTitle() { return flowchartTitle; }
  public void setFlowchartTitle(String flowchartTitle) { this.flowchartTitle = flowchartTitle; }
  public String getFlowchartDescription() { return flowchartDescription; }
  public void setFlowchartDescription(String flowchartDescription) { this.flowchartDescription = flowchartDescription; }
  public String getResultName() { return resultName; }
  public void setResultName(String resultName) { this.resultName = resultName; }
  public ResultType getResultType() { return resultType; }
  public void setResultType(ResultType resultType) { this.resultType = resultType; }
  public String getResultSampleId() { return resultSampleId; }
  public void setResultSampleId(String resultSampleId) { this.resultSampleId = resultSampleId; }
  public MultipartFile getResultSampleUpload() { return resultSampleUpload; }
  public void setResultSampleUpload(MultipartFile resultSampleUpload) { this.resultSampleUpload = resultSampleUpload; }
  public List<BasisRow> getLegalBasis() { return legalBasis; }
  public void setLegalBasis(List<BasisRow> legalBasis) { this.legalBasis = legalBasis; }
  public List<StepRow> getSteps() { return steps; }
  public void setSteps(List<StepRow> steps) { this.steps = steps; }
  public List<FeeRow> getFees() { return fees; }
  public void setFees(List<FeeRow> fees) { this.fees = fees; }
  public List<SituationRow> getSituations() { return situations; }
  public void setSituations(List<SituationRow> situations) { this.situations = situations; }
}
