package org.yiwang.backoffice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.FieldType;
import org.yiwang.catalog.ItemContent.FormField;
import org.yiwang.catalog.ItemContent.Situation;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.web.PageController;

/**
 * A department administrator edits the application form (申请表) of one situation of an item's
 * draft: each field's name, Chinese and English labels, type, whether required, a pattern and the
 * choices of a list. Wrong rows are refused, each problem next to its cell; nothing is saved then.
 */
@PageController
class ApplicationFormEditorController {

  static final int MAX_FIELDS = 40;
  private static final int BLANK_ROWS = 3;
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

  private final ServiceCatalog catalog;
  private final Accounts accounts;
  private final MessageSource messages;

  ApplicationFormEditorController(ServiceCatalog catalog, Accounts accounts, MessageSource messages) {
    this.catalog = catalog;
    this.accounts = accounts;
    this.messages = messages;
  }

  /** The editor's rows; blank rows are ignored. */
  public static class FormRows {
    private List<Row> fields = new ArrayList<>();

    public List<Row> getFields() { return fields; }
    public void setFields(List<Row> fields) { this.fields = fields; }
  }

  /** One field of the form as the editor shows it. */
  public static class Row {
    private String name;
    private String label;
    private String labelEn;
    private FieldType type = FieldType.TEXT;
    private boolean required;
    private String pattern;
    private String options;
    private boolean remove;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public FieldType getType() { return type; }
    public void setType(FieldType type) { this.type = type; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public String getPattern() { return pattern; }
    public void setPattern(String pattern) { this.pattern = pattern; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }

    boolean blank() {
      return isBlank(name) && isBlank(label) && isBlank(labelEn) && isBlank(pattern) && isBlank(options);
    }
  }

  @GetMapping("/backoffice/items/{code}/forms/{situation}")
  String show(@PathVariable String code, @PathVariable String situation, Model model) {
    ItemGuide draft = Access.editable(catalog, user(), code);
    Situation s = situation(draft, situation);
    var rows = new FormRows();
    for (FormField f : s.form()) {
      var row = new Row();
      row.setName(f.name());
      row.setLabel(f.label());
      row.setLabelEn(f.labelEn());
      row.setType(f.type());
      row.setRequired(f.required());
      row.setPattern(f.pattern());
      row.setOptions(String.join("\n", f.options()));
      rows.getFields().add(row);
    }
    return editor(draft, s, rows, Map.of(), model);
  }

  @PostMapping("/backoffice/items/{code}/forms/{situation}")
  String save(
      @PathVariable String code,
      @PathVariable String situation,
      @ModelAttribute("rows") FormRows rows,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = user();
    ItemGuide draft = Access.editable(catalog, user, code);
    Situation s = situation(draft, situation);
    Map<String, String> errors = new LinkedHashMap<>();
    List<FormField> fields = validate(rows, errors);
    if (!errors.isEmpty()) {
      return editor(draft, s, rows, errors, model);
    }
    List<Situation> situations =
        draft.content().situations().stream().map(x -> x.code().equals(s.code()) ? x.withForm(fields) : x).toList();
    catalog.saveDraft(code, draft.content().withSituations(situations), user.username());
    redirect.addFlashAttribute("saved", true);
    return "redirect:/backoffice/items/" + code + "/forms/" + situation;
  }

  private List<FormField> validate(FormRows rows, Map<String, String> errors) {
    List<FormField> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<Row> all = rows.getFields() == null ? List.of() : rows.getFields();
    for (int i = 0; i < all.size(); i++) {
      Row row = all.get(i);
      if (row == null || row.isRemove() || row.blank()) {
        continue;
      }
      String path = "fields" + i;
      String name = trim(row.getName());
      if (name == null || !NAME.matcher(name).matches()) {
        errors.put(path + "name", message("formEditor.name.invalid"));
      } else if (!names.add(name)) {
        errors.put(path + "name", message("formEditor.name.duplicate", name));
      }
      if (isBlank(row.getLabel())) {
        errors.put(path + "label", message("form.required"));
      }
      List<String> options =
          row.getOptions() == null
              ? List.of()
              : Arrays.stream(row.getOptions().split("[\\r\\n、,，]+")).map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
      if (row.getType() == FieldType.SELECT && options.isEmpty()) {
        errors.put(path + "options", message("formEditor.options.required"));
      }
      String pattern = trim(row.getPattern());
      if (pattern != null) {
        try {
          Pattern.compile(pattern);
          if (pattern.length() > 200) {
            errors.put(path + "pattern", message("formEditor.pattern.invalid"));
          }
        } catch (PatternSyntaxException e) {
          errors.put(path + "pattern", message("formEditor.pattern.invalid"));
        }
      }
      fields.add(
          new FormField(name, trim(row.getLabel()), trim(row.getLabelEn()), row.getType(), row.isRequired(), pattern,
              row.getType() == FieldType.SELECT ? options : List.of()));
    }
    if (fields.size() > MAX_FIELDS) {
      errors.put("", message("formEditor.tooMany", MAX_FIELDS));
    }
    return fields;
  }

  private String editor(ItemGuide draft, Situation situation, FormRows rows, Map<String, String> errors, Model model) {
    for (int i = 0; i < BLANK_ROWS; i++) {
      rows.getFields().add(new Row());
    }
    model.addAttribute("draft", draft);
    model.addAttribute("situation", situation);
    model.addAttribute("rows", rows);
    model.addAttribute("errors", errors);
    model.addAttribute("types", FieldType.values());
    return "backoffice/application-form";
  }

  private static Situation situation(ItemGuide draft, String code) {
    ItemContent content = draft.content();
    return content.situation(code).orElseThrow(() -> new NotFoundException("cases.situation.unknown", code));
  }

  private CurrentUser user() {
    return accounts.signedIn();
  }

  private String message(String code, Object... args) {
    return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return isBlank(s) ? null : s.strip();
  }
}
