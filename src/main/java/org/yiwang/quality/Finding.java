package org.yiwang.quality;

import java.util.List;

/**
 * One problem of one item: the rule that found it, how bad it is, the editor field to fix (a form
 * path such as {@code situations[0].materials[2].article}) and the message code with its arguments.
 */
public record Finding(String rule, Severity severity, String field, String messageCode, List<Object> args) {

  public Finding {
    args = args == null ? List.of() : List.copyOf(args);
    // a province has 100,000 items and a few hundred thousand findings, all in memory: the same
    // paths repeat across items, so each is kept once
    field = field == null ? null : field.intern();
  }

  /** The finding's message in the language of the current request. */
  public String message(org.springframework.context.MessageSource messages) {
    return messages.getMessage(
        messageCode,
        args.toArray(),
        messageCode,
        org.springframework.context.i18n.LocaleContextHolder.getLocale());
  }

  /** The id of the editor's input for the field (Thymeleaf drops brackets from ids). */
  public String fieldAnchor() {
    return field == null ? "" : field.replace("[", "").replace("]", "");
  }
}
