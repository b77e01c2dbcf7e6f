package org.yiwang.backoffice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.FileRef;
import org.yiwang.catalog.ItemContent.LegalBasis;
import org.yiwang.catalog.ItemContent.ServiceObject;

/** Between the editor's form and the item document; and the rules that span several fields. */
final class ItemFormMapping {

  private ItemFormMapping() {}

  static ItemForm toForm(ItemContent c) {
    var form = new ItemForm();
    form.setName(c.name());
    form.setBasicCode(c.basicCode());
    form.setType(c.type());
    form.setResponsibleOffice(c.responsibleOffice());
    form.setAcceptanceConditions(c.acceptanceConditions());
    form.setForPersons(c.serviceObjects().contains(ServiceObject.PERSON));
    form.setForEnterprises(c.serviceObjects().contains(ServiceObject.ENTERPRISE));
    form.setStatutoryDays(c.statutoryDays());
    form.setPromisedDays(c.promisedDays());
    form.setVisits(c.visits());
    form.setPlace(c.place());
    form.setHours(c.hours());
    form.setConsultationPhone(c.consultationPhone());
    form.setComplaintPhone(c.complaintPhone());
    form.setOnlineDepth(c.onlineDepth());
    form.setFullyOnline(c.fullyOnline());
    form.setAppointment(c.appointment());
    form.setOnlinePayment(c.onlinePayment());
    form.setCourierDelivery(c.courierDelivery());
    form.setDecidedInCentre(c.decidedInCentre());
    form.setWindowAuthorised(c.windowAuthorised());
    form.setDecisionPlace(c.decisionPlace());
    form.setFlowchartTitle(c.flowchartTitle());
    form.setFlowchartDescription(c.flowchartDescription());
    if (c.result() != null) {
      form.setResultName(c.result().name());
      form.setResultType(c.result().type());
      form.setResultSampleId(c.result().sample() == null ? null : c.result().sample().id());
    }
    for (LegalBasis b : c.legalBasis()) {
      var row = new ItemForm.BasisRow();
      row.setLaw(b.law());
      row.setArticle(b.article());
      row.setText(b.text());
      form.getLegalBasis().add(row);
    }
    for (var s : c.steps()) {
      var row = new ItemForm.StepRow();
      row.setName(s.name());
      row.setHandlerRole(s.handlerRole());
      row.setDays(s.days());
      row.setDescription(s.description());
      form.getSteps().add(row);
    }
    for (var f : c.fees()) {
      var row = new ItemForm.FeeRow();
      row.setName(f.name());
      row.setAmount(f.amount());
      row.setBasis(f.basis());
      row.setWaivable(f.waivable());
      form.getFees().add(row);
    }
    for (var s : c.situations()) {
      var row = new ItemForm.SituationRow();
      row.setCode(s.code());
      row.setName(s.name());
      row.setConditions(s.conditions());
      for (var m : s.materials()) {
        var mr = new ItemForm.MaterialRow();
        mr.setCode(m.code());
        mr.setName(m.name());
        mr.setRequired(m.required());
        mr.setMedium(m.medium());
        mr.setCopies(m.copies());
        mr.setSource(m.source());
        if (m.legalBasis() != null) {
          mr.setLaw(m.legalBasis().law());
          mr.setArticle(m.legalBasis().article());
        }
        mr.setCommitmentAllowed(m.commitmentAllowed());
        mr.setLicenseTypeCode(m.licenseTypeCode());
        mr.setNote(m.note());
        mr.setFormFields(String.join("、", m.formFields()));
        mr.setBlankFormId(m.blankForm() == null ? null : m.blankForm().id());
        mr.setSampleId(m.sample() == null ? null : m.sample().id());
        row.getMaterials().add(mr);
      }
      form.getSituations().add(row);
    }
    return form;
  }

  /** Checks that need more than one field; errors go on the field to fix. */
  static void validate(ItemForm form, BindingResult errors) {
    if (form.getStatutoryDays() != null
        && form.getPromisedDays() != null
        && form.getStatutoryDays() > 0
        && form.getPromisedDays() > form.getStatutoryDays()) {
      errors.rejectValue("promisedDays", "editor.promised.exceeds", "editor.promised.exceeds");
    }
    if (!form.isForPersons() && !form.isForEnterprises()) {
      errors.rejectValue("forPersons", "editor.objects.required", "editor.objects.required");
    }
    if (!form.isDecidedInCentre() && isBlank(form.getDecisionPlace())) {
      errors.rejectValue("decisionPlace", "editor.decisionPlace.required", "editor.decisionPlace.required");
    }
    for (int i = 0; i < form.getLegalBasis().size(); i++) {
      var b = form.getLegalBasis().get(i);
      if (!b.isRemove() && isBlank(b.getLaw())) {
        errors.rejectValue("legalBasis[" + i + "].law", "form.required", "form.required");
      }
    }
    for (int i = 0; i < form.getSteps().size(); i++) {
      var s = form.getSteps().get(i);
      if (!s.isRemove() && isBlank(s.getName())) {
        errors.rejectValue("steps[" + i + "].name", "form.required", "form.required");
      }
    }
    for (int i = 0; i < form.getFees().size(); i++) {
      var f = form.getFees().get(i);
      if (!f.isRemove() && isBlank(f.getName())) {
        errors.rejectValue("fees[" + i + "].name", "form.required", "form.required");
      }
      if (!f.isRemove() && f.getAmount() == null) {
        errors.rejectValue("fees[" + i + "].amount", "form.required", "form.required");
      }
    }
    Set<String> situationCodes = new HashSet<>();
    int kept = 0;
    for (int i = 0; i < form.getSituations().size(); i++) {
      var s = form.getSituations().get(i);
      if (s.isRemove()) {
        continue;
      }
      kept++;
      String path = "situations[" + i + "]";
      if (isBlank(s.getCode())) {
        errors.rejectValue(path + ".code", "form.required", "form.required");
      } else if (!situationCodes.add(s.getCode())) {
        errors.rejectValue(path + ".code", "editor.code.duplicate", "editor.code.duplicate");
      }
      if (isBlank(s.getName())) {
        errors.rejectValue(path + ".name", "form.required", "form.required");
      }
      Set<String> materialCodes = new HashSet<>();
      for (int j = 0; j < s.getMaterials().size(); j++) {
        var m = s.getMaterials().get(j);
        if (m.isRemove()) {
          continue;
        }
        String mp = path + ".materials[" + j + "]";
        if (isBlank(m.getCode())) {
          errors.rejectValue(mp + ".code", "form.required", "form.required");
        } else if (!materialCodes.add(m.getCode())) {
          errors.rejectValue(mp + ".code", "editor.code.duplicate", "editor.code.duplicate");
        }
        if (isBlank(m.getName())) {
          errors.rejectValue(mp + ".name", "form.required", "form.required");
        }
      }
    }
    if (kept == 0) {
      errors.reject("editor.situations.required", "editor.situations.required");
    }
  }

  /**
   * The document for the form. Files are referenced by id; only ids the editor may use (those of
   * the draft and those uploaded in this editing session) are kept.
   */
  static ItemContent toContent(
      ItemForm form, Map<String, FileRef> usableFiles, ItemContent previous) {
    ItemContent.SituationGuide guide = previous == null ? null : previous.guide();
    List<ServiceObject> objects = new ArrayList<>();
    if (form.isForPersons()) {
      objects.add(ServiceObject.PERSON);
    }
    if (form.isForEnterprises()) {
      objects.add(ServiceObject.ENTERPRISE);
    }
    List<LegalBasis> basis =
        form.getLegalBasis().stream()
            .filter(b -> !b.isRemove())
            .map(b -> new LegalBasis(trim(b.getLaw()), trim(b.getArticle()), trim(b.getText())))
            .toList();
    List<ItemContent.Step> steps =
        form.getSteps().stream()
            .filter(s -> !s.isRemove())
            .map(s -> new ItemContent.Step(trim(s.getName()), s.getHandlerRole(), s.getDays() == null ? 0 : s.getDays(), trim(s.getDescription())))
            .toList();
    List<ItemContent.Fee> fees =
        form.getFees().stream()
            .filter(f -> !f.isRemove())
            .map(f -> new ItemContent.Fee(trim(f.getName()), f.getAmount(), trim(f.getBasis()), f.isWaivable()))
            .toList();
    List<ItemContent.Situation> situations = new ArrayList<>();
    for (var s : form.getSituations()) {
      if (s.isRemove()) {
        continue;
      }
      List<ItemContent.Material> materials = new ArrayList<>();
      for (var m : s.getMaterials()) {
        if (m.isRemove()) {
          continue;
        }
        LegalBasis materialBasis =
            isBlank(m.getLaw()) ? null : new LegalBasis(trim(m.getLaw()), trim(m.getArticle()), null);
        materials.add(
            new ItemContent.Material(
                trim(m.getCode()), trim(m.getName()), m.isRequired(), m.getMedium(),
                m.getCopies() == null ? 1 : m.getCopies(), trim(m.getSource()), materialBasis,
                m.isCommitmentAllowed(), blankToNull(m.getLicenseTypeCode()), formFields(m.getFormFields()),
                blankToNull(m.getNote()), usableFiles.get(m.getBlankFormId()), usableFiles.get(m.getSampleId())));
      }
      // the application form is edited on its own page: a situation keeps its form, a new one starts from the first's
      List<ItemContent.FormField> applicationForm =
          previous == null
              ? List.of()
              : previous
                  .situation(trim(s.getCode()))
                  .or(() -> previous.situations().stream().findFirst())
                  .map(ItemContent.Situation::form)
                  .orElse(List.of());
      situations.add(new ItemContent.Situation(trim(s.getCode()), trim(s.getName()), trim(s.getConditions()), materials, applicationForm));
    }
    ItemContent.Result result =
        isBlank(form.getResultName())
            ? null
            : new ItemContent.Result(
                trim(form.getResultName()),
                form.getResultType() == null ? ItemContent.ResultType.OTHER : form.getResultType(),
                usableFiles.get(form.getResultSampleId()));
    return new ItemContent(
        trim(form.getName()), trim(form.getBasicCode()), form.getType(), trim(form.getResponsibleOffice()),
        basis, trim(form.getAcceptanceConditions()), objects, situations, steps,
        form.getStatutoryDays(), form.getPromisedDays(), fees, trim(form.getPlace()), trim(form.getHours()),
        trim(form.getConsultationPhone()), trim(form.getComplaintPhone()), result, form.getOnlineDepth(),
        form.getVisits(), form.isFullyOnline(), form.isAppointment(), form.isOnlinePayment(),
        form.isCourierDelivery(), form.isDecidedInCentre(),
        form.isDecidedInCentre() ? null : trim(form.getDecisionPlace()), form.isWindowAuthorised(),
        trim(form.getFlowchartTitle()), trim(form.getFlowchartDescription()), guide);
  }

  private static List<String> formFields(String text) {
    if (isBlank(text)) {
      return List.of();
    }
    return Arrays.stream(text.split("[、,，;；\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }
}
