package org.yiwang.cases.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.yiwang.shared.BusinessRuleException.Violation;

/** Each violation's message in the visitor's language, by the form field it belongs to (first one wins). */
final class FieldMessages {

  private FieldMessages() {}

  static Map<String, String> of(MessageSource messages, List<Violation> violations, String fieldPrefix) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (violations == null) {
      return errors;
    }
    var locale = LocaleContextHolder.getLocale();
    for (Violation v : violations) {
      String field = v.field() == null ? "" : fieldPrefix + v.field();
      errors.putIfAbsent(field, messages.getMessage(v.messageCode(), v.args(), v.messageCode(), locale));
    }
    return errors;
  }
}
