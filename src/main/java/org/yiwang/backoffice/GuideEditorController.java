package org.yiwang.backoffice;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.SituationGuide;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.shared.web.PageController;

/**
 * A department administrator edits the guided questions (智能导办) of an item's draft: questions
 * whose answers lead to another question or to one of the item's situations. A tree with a cycle,
 * a dead end or a reference to nothing is refused, each problem on its field.
 */
@PageController
class GuideEditorController {

  private static final Pattern FIELD =
      Pattern.compile("questions\\[(\\d+)](?:\\.options\\[(\\d+)])?\\.?(\\w*)");

  private final ServiceCatalog catalog;
  private final Accounts accounts;
  private final MessageSource messages;

  GuideEditorController(ServiceCatalog catalog, Accounts accounts, MessageSource messages) {
    this.catalog = catalog;
    this.accounts = accounts;
    this.messages = messages;
  }

  /** A situation to choose as an answer's end; {@code known} is false for one the item no longer has. */
  record SituationChoice(String code, String name, boolean known) {}

  @GetMapping("/backoffice/items/{code}/guide")
  String show(@PathVariable String code, Model model) {
    ItemGuide draft = Access.editable(catalog, user(), code);
    return editor(draft, GuideFormMapping.toForm(draft.content().guide()), null, model);
  }

  @PostMapping("/backoffice/items/{code}/guide")
  String save(
      @PathVariable String code,
      @Valid @ModelAttribute("form") GuideForm form,
      BindingResult errors,
      @RequestParam(name = "_add", required = false) String add,
      @RequestParam(name = "_clear", required = false) String clear,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = user();
    ItemGuide draft = Access.editable(catalog, user, code);
    if (clear != null) {
      catalog.saveDraft(code, draft.content().withGuide(null), user.username());
      redirect.addFlashAttribute("cleared", true);
      return "redirect:/backoffice/items/" + code + "/guide";
    }
    if (add != null) {
      addRow(form, add);
      return editor(draft, form, errors, model);
    }
    SituationGuide guide = GuideFormMapping.validate(form, draft.content(), errors);
    if (errors.hasErrors() || guide == null) {
      return editor(draft, form, errors, model);
    }
    catalog.saveDraft(code, draft.content().withGuide(guide), user.username());
    redirect.addFlashAttribute("saved", true);
    return "redirect:/backoffice/items/" + code + "/guide";
  }

  private String editor(ItemGuide draft, GuideForm form, BindingResult errors, Model model) {
    model.addAttribute("draft", draft);
    model.addAttribute("fieldLabels", fieldLabels(errors));
    model.addAttribute("form", form);
    model.addAttribute("situationChoices", situationChoices(draft.content(), form));
    model.addAttribute("questionIds", questionIds(form));
    model.addAttribute("hasOwnGuide", draft.content().guide() != null);
    model.addAttribute("maxQuestions", GuideForm.MAX_QUESTIONS);
    model.addAttribute("maxOptions", GuideForm.MAX_OPTIONS);
    return "backoffice/guide";
  }

  /** What the error summary calls each field in error: "问题 2 的回答 1 · 接着问（问题编号）". */
  private Map<String, String> fieldLabels(BindingResult errors) {
    Map<String, String> labels = new HashMap<>();
    if (errors == null) {
      return labels;
    }
    for (FieldError e : errors.getFieldErrors()) {
      labels.computeIfAbsent(e.getField(), this::fieldLabel);
    }
    return labels;
  }

  private String fieldLabel(String field) {
    if (field.equals("start")) {
      return message("situationGuide.editor.start");
    }
    Matcher m = FIELD.matcher(field);
    if (!m.matches()) {
      return field;
    }
    int question = Integer.parseInt(m.group(1)) + 1;
    String where =
        m.group(2) == null
            ? message("situationGuide.editor.question", question)
            : message("situationGuide.editor.option", question, Integer.parseInt(m.group(2)) + 1);
    String what =
        switch (m.group(3)) {
          case "id" -> message("situationGuide.editor.questionId");
          case "text" -> message("situationGuide.editor.questionText");
          case "label" -> message("situationGuide.editor.optionLabel");
          case "next" -> message("situationGuide.editor.next");
          case "situation" -> message("situationGuide.editor.situation");
          default -> null;
        };
    return what == null ? where : where + " · " + what;
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }

  /** The item's situations, then any situation an answer names that the item no longer has. */
  private static List<SituationChoice> situationChoices(ItemContent content, GuideForm form) {
    List<SituationChoice> choices = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (var s : content.situations()) {
      if (s.code() != null && codes.add(s.code())) {
        choices.add(new SituationChoice(s.code(), s.name(), true));
      }
    }
    for (var q : form.getQuestions()) {
      for (var o : q.getOptions()) {
        String code = o.getSituation();
        if (!GuideFormMapping.isBlank(code) && codes.add(code)) {
          choices.add(new SituationChoice(code, code, false));
        }
      }
    }
    return choices;
  }

  private static List<String> questionIds(GuideForm form) {
    Set<String> ids = new LinkedHashSet<>();
    for (var q : form.getQuestions()) {
      if (!GuideFormMapping.isBlank(q.getId())) {
        ids.add(q.getId().strip());
      }
    }
    return List.copyOf(ids);
  }

  private static void addRow(GuideForm form, String what) {
    if (what.equals("questions")) {
      if (form.getQuestions().size() < GuideForm.MAX_QUESTIONS) {
        form.getQuestions().add(GuideForm.QuestionRow.blank());
      }
      return;
    }
    if (what.startsWith("options:")) {
      try {
        int index = Integer.parseInt(what.substring("options:".length()));
        if (index >= 0 && index < form.getQuestions().size()) {
          var options = form.getQuestions().get(index).getOptions();
          if (options.size() < GuideForm.MAX_OPTIONS) {
            options.add(new GuideForm.OptionRow());
          }
        }
      } catch (NumberFormatException ignored) {
        // not a row to add: the form is shown again as it was
      }
    }
  }

  private CurrentUser user() {
    return accounts.signedIn();
  }
}
