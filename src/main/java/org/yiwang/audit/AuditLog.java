package org.yiwang.audit;

/**
 * Records sensitive actions. {@code detail} must never hold a full ID number: mask it first
 * ({@link org.yiwang.shared.id.Masking}).
 */
public interface AuditLog {

  void record(String actor, String action, String target, String detail);

  /** Whether every entry's hash still covers its content and its predecessor's hash. */
  boolean verifyChain();
}
