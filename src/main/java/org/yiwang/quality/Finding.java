package org.yiwang.quality;

import java.util.List;

/**
 * One problem of one item: the rule that found it, how bad it is, the editor field to fix (a form
 * path such as {@code situations[0].materials[2].article}) and the message code with its arguments.
 */
public record Finding(String rule, Severity severity, String field, String messageCode, List<Object> args) {

  public Finding {
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** The id of the editor's input for the field (Thymeleaf drops brackets from ids). */
  public String fieldAnchor() {
    return field == null ? "" : field.replace("[", "").replace("]", "");
  }
}
