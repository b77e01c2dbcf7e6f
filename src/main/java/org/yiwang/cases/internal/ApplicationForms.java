package org.yiwang.cases.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yiwang.catalog.ItemContent.FieldType;
import org.yiwang.catalog.ItemContent.FormField;
import org.yiwang.shared.BusinessRuleException.Violation;
import org.yiwang.shared.id.Masking;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;

/**
 * Checks an application form's values against the situation's field definitions. A draft keeps
 * whatever is typed that has the right shape; a submission also needs every required field.
 * Violations name the field as {@code form.<name>}, so a page puts the message next to it.
 */
final class ApplicationForms {

  static final int MAX_VALUE_LENGTH = 2000;
  private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");
  private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,12}(\\.\\d{1,6})?$");
  private static final Pattern AMOUNT = Pattern.compile("^\\d{1,12}(\\.\\d{1,2})?$");

  private ApplicationForms() {}

  /** The values of the defined fields, trimmed, blanks dropped; values of unknown fields are ignored. */
  static Map<String, String> clean(List<FormField> fields, Map<String, ?> values) {
    Map<String, String> clean = new LinkedHashMap<>();
    if (values == null) {
      return clean;
    }
    for (FormField field : fields) {
      Object raw = values.get(field.name());
      if (raw == null) {
        continue;
      }
      String value = String.valueOf(raw).strip();
      if (field.type() == FieldType.ID_NUMBER || field.type() == FieldType.USCC) {
        value = value.toUpperCase();
      }
      if (!value.isEmpty()) {
        clean.put(field.name(), value);
      }
    }
    return clean;
  }

  static List<Violation> check(List<FormField> fields, Map<String, String> values, boolean submitting) {
    List<Violation> violations = new ArrayList<>();
    for (FormField field : fields) {
      String value = values.get(field.name());
      String path = "form." + field.name();
      if (value == null) {
        if (submitting && field.required()) {
          violations.add(new Violation(path, "cases.form.required", field.label()));
        }
        continue;
      }
      String problem = problem(field, value);
      if (problem != null) {
        violations.add(new Violation(path, problem, field.label()));
      }
    }
    return violations;
  }

  private static String problem(FormField field, String value) {
    if (value.length() > MAX_VALUE_LENGTH) {
      return "cases.form.tooLong";
    }
    String typeProblem =
        switch (field.type()) {
          case TEXT, ADDRESS -> null;
          case NUMBER -> NUMBER.matcher(value).matches() ? null : "cases.form.number";
          case AMOUNT -> AMOUNT.matcher(value).matches() && new BigDecimal(value).signum() > 0 ? null : "cases.form.amount";
          case DATE -> date(value) ? null : "cases.form.date";
          case SELECT -> field.options().contains(value) ? null : "cases.form.select";
          case ID_NUMBER -> ResidentIdNumber.isValid(value) ? null : "cases.form.idNumber";
          case USCC -> UnifiedSocialCreditCode.isValid(value) ? null : "cases.form.uscc";
          case PHONE -> PHONE.matcher(value).matches() ? null : "cases.form.phone";
        };
    if (typeProblem != null) {
      return typeProblem;
    }
    if (field.pattern() != null && !field.pattern().isBlank()) {
      try {
        if (!Pattern.compile(field.pattern()).matcher(value).matches()) {
          return "cases.form.pattern";
        }
      } catch (PatternSyntaxException e) {
        return null; // a broken pattern is the editor's mistake, refused when the item is saved
      }
    }
    return null;
  }

  private static boolean date(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The values as a screen or a response shows them: ID numbers masked. */
  static Map<String, String> masked(List<FormField> fields, Map<String, String> values) {
    Map<String, String> shown = new LinkedHashMap<>(values);
    for (FormField field : fields) {
      if (field.type() == FieldType.ID_NUMBER && shown.containsKey(field.name())) {
        shown.put(field.name(), Masking.idNumber(shown.get(field.name())));
      }
    }
    return shown;
  }
}
