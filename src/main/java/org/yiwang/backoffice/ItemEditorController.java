package org.yiwang.backoffice;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.FileRef;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.OnlineDepth;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.catalog.SituationGuides;
import org.yiwang.catalog.VersionSummary;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.quality.CatalogueQuality;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.web.PageController;

/** A department administrator edits a draft of an item and submits it for publication. */
@PageController
class ItemEditorController {

  private static final String SESSION_UPLOADS = "backoffice.uploads";

  private final ServiceCatalog catalog;
  private final Accounts accounts;
  private final CatalogueQuality quality;

  ItemEditorController(ServiceCatalog catalog, Accounts accounts, CatalogueQuality quality) {
    this.catalog = catalog;
    this.accounts = accounts;
    this.quality = quality;
  }

  @ModelAttribute("itemTypes")
  ItemType[] itemTypes() {
    return ItemType.values();
  }

  @ModelAttribute("onlineDepths")
  OnlineDepth[] onlineDepths() {
    return OnlineDepth.values();
  }

  @ModelAttribute("handlerRoles")
  ItemContent.HandlerRole[] handlerRoles() {
    return ItemContent.HandlerRole.values();
  }

  @ModelAttribute("media")
  ItemContent.Medium[] media() {
    return ItemContent.Medium.values();
  }

  @ModelAttribute("resultTypes")
  ItemContent.ResultType[] resultTypes() {
    return ItemContent.ResultType.values();
  }

  @GetMapping("/backoffice/items/{code}")
  String item(@PathVariable String code, Model model) {
    CurrentUser user = user();
    List<VersionSummary> history = catalog.history(code);
    String department = history.get(0).departmentCode();
    Access.requireView(user, department);
    model.addAttribute("code", code);
    model.addAttribute("history", history);
    model.addAttribute("newest", history.get(0));
    model.addAttribute("mayEdit", user.mayEditDepartment(department));
    return "backoffice/item";
  }

  @GetMapping("/backoffice/items/{code}/versions/{version}")
  String version(@PathVariable String code, @PathVariable int version, Model model) {
    ItemGuide guide =
        catalog.itemVersion(code, version).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    Access.requireView(user(), guide.departmentCode());
    model.addAttribute("item", guide);
    model.addAttribute("flowchart", "");
    model.addAttribute("fileBase", "/backoffice/items/" + code + "/versions/" + version + "/files/");
    return "backoffice/version";
  }

  @GetMapping("/backoffice/items/{code}/versions/{version}/files/{fileId}")
  ResponseEntity<byte[]> versionFile(
      @PathVariable String code, @PathVariable int version, @PathVariable String fileId) {
    ItemGuide guide =
        catalog.itemVersion(code, version).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    Access.requireView(user(), guide.departmentCode());
    var file =
        catalog.versionFile(code, version, fileId).orElseThrow(() -> new NotFoundException("catalog.file.unknown"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.ref().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.ref().name(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.bytes());
  }

  @GetMapping("/backoffice/items/{code}/edit")
  String edit(@PathVariable String code, Model model, HttpSession session) {
    ItemGuide draft = editableFor(code);
    session.removeAttribute(SESSION_UPLOADS);
    return editor(draft, ItemFormMapping.toForm(draft.content()), model);
  }

  private String editor(ItemGuide draft, ItemForm form, Model model) {
    model.addAttribute("form", form);
    return editor(draft, filesOf(draft.content()), model);
  }

  /** The editor page for the draft; the form is already in the model (bound, with its errors). */
  private String editor(ItemGuide draft, Map<String, FileRef> files, Model model) {
    model.addAttribute("draft", draft);
    model.addAttribute("findings", quality.check(draft.content()));
    model.addAttribute("files", files);
    return "backoffice/editor";
  }

  @PostMapping("/backoffice/items/{code}/edit")
  String save(
      @PathVariable String code,
      @Valid @ModelAttribute("form") ItemForm form,
      BindingResult errors,
      @RequestParam(name = "_add", required = false) String add,
      Model model,
      HttpSession session,
      RedirectAttributes redirect) {
    ItemGuide draft = editableFor(code);
    Map<String, FileRef> usable = new HashMap<>(filesOf(draft.content()));
    usable.putAll(sessionUploads(session));
    storeUploads(form, errors, usable, session);
    if (add != null) {
      addRow(form, add);
      return editor(draft, usable, model);
    }
    ItemFormMapping.validate(form, errors);
    ItemContent content = errors.hasErrors() ? null : ItemFormMapping.toContent(form, usable, draft.content());
    if (content != null) {
      // a guide must never point at a situation that is removed or renamed here
      var guideProblems = SituationGuides.validate(content.guide(), SituationGuides.codes(content));
      if (!guideProblems.isEmpty()) {
        errors.reject("situationGuide.outOfDate", "situationGuide.outOfDate");
        for (var p : guideProblems) {
          errors.reject(p.messageCode(), p.args().toArray(), p.messageCode());
        }
      }
    }
    if (errors.hasErrors()) {
      return editor(draft, usable, model);
    }
    catalog.saveDraft(code, content, user().username());
    session.removeAttribute(SESSION_UPLOADS);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/backoffice/items/" + code + "/edit";
  }

  @PostMapping("/backoffice/items/{code}/submit")
  String submit(@PathVariable String code, RedirectAttributes redirect) {
    Access.requireEditor(catalog, user(), code);
    catalog.submitDraft(code, user().username());
    redirect.addFlashAttribute("submitted", true);
    return "redirect:/backoffice/items/" + code;
  }

  private ItemGuide editableFor(String code) {
    return Access.editable(catalog, user(), code);
  }

  /** Stores each uploaded file (checked by content); a refused file marks its field. */
  private void storeUploads(ItemForm form, BindingResult errors, Map<String, FileRef> usable, HttpSession session) {
    store(form.getResultSampleUpload(), "resultSampleUpload", errors, usable, session, ref -> form.setResultSampleId(ref.id()));
    for (int i = 0; i < form.getSituations().size(); i++) {
      var materials = form.getSituations().get(i).getMaterials();
      for (int j = 0; j < materials.size(); j++) {
        var m = materials.get(j);
        String path = "situations[" + i + "].materials[" + j + "].";
        store(m.getBlankFormUpload(), path + "blankFormUpload", errors, usable, session, ref -> m.setBlankFormId(ref.id()));
        store(m.getSampleUpload(), path + "sampleUpload", errors, usable, session, ref -> m.setSampleId(ref.id()));
      }
    }
  }

  private void store(
      MultipartFile upload,
      String field,
      BindingResult errors,
      Map<String, FileRef> usable,
      HttpSession session,
      Consumer<FileRef> attach) {
    if (upload == null || upload.isEmpty()) {
      return;
    }
    try {
      FileRef ref = catalog.storeFile(upload.getBytes(), upload.getOriginalFilename());
      usable.put(ref.id(), ref);
      sessionUploads(session).put(ref.id(), ref);
      attach.accept(ref);
    } catch (BusinessRuleException refused) {
      errors.rejectValue(field, refused.violations().get(0).messageCode(), "file.type.unsupported");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, FileRef> sessionUploads(HttpSession session) {
    var uploads = (Map<String, FileRef>) session.getAttribute(SESSION_UPLOADS);
    if (uploads == null) {
      uploads = new HashMap<>();
      session.setAttribute(SESSION_UPLOADS, uploads);
    }
    return uploads;
  }

  private static void addRow(ItemForm form, String what) {
    switch (what) {
      case "legalBasis" -> form.getLegalBasis().add(new ItemForm.BasisRow());
      case "steps" -> form.getSteps().add(new ItemForm.StepRow());
      case "fees" -> form.getFees().add(new ItemForm.FeeRow());
      case "situations" -> form.getSituations().add(new ItemForm.SituationRow());
      default -> {
        if (what.startsWith("materials:")) {
          try {
            int index = Integer.parseInt(what.substring("materials:".length()));
            if (index >= 0 && index < form.getSituations().size()) {
              form.getSituations().get(index).getMaterials().add(new ItemForm.MaterialRow());
            }
          } catch (NumberFormatException ignored) {
            // not a row to add: the form is shown again as it was
          }
        }
      }
    }
  }

  private static Map<String, FileRef> filesOf(ItemContent content) {
    Map<String, FileRef> files = new HashMap<>();
    content.files().forEach(f -> files.put(f.id(), f));
    return files;
  }

  private CurrentUser user() {
    return accounts.signedIn();
  }

}
