package org.yiwang.shared;

import java.util.List;

/**
 * A request that is well-formed but breaks a rule of the domain. Carries message codes so the
 * caller's language is used; {@code field} points at the form field when there is one.
 */
public class BusinessRuleException extends RuntimeException {

  public record Violation(String field, String messageCode, Object... args) {}

  private final int status;
  private final List<Violation> violations;

  public BusinessRuleException(int status, List<Violation> violations) {
    super(violations.isEmpty() ? "rule broken" : violations.get(0).messageCode());
    this.status = status;
    this.violations = List.copyOf(violations);
  }

  public static BusinessRuleException badRequest(String field, String messageCode, Object... args) {
    return new BusinessRuleException(400, List.of(new Violation(field, messageCode, args)));
  }

  public static BusinessRuleException conflict(String messageCode, Object... args) {
    return new BusinessRuleException(409, List.of(new Violation(null, messageCode, args)));
  }

  public static BusinessRuleException forbidden(String messageCode, Object... args) {
    return new BusinessRuleException(403, List.of(new Violation(null, messageCode, args)));
  }

  public int status() {
    return status;
  }

  public List<Violation> violations() {
    return violations;
  }
}
