package org.yiwang.audit;

/**
 * Records sensitive actions. {@code detail} must never hold a full ID number: mask it first
 * ({@link org.yiwang.shared.id.Masking}).
 */
public interface AuditLog {

  /**
   * Records an action in the caller's transaction: the entry commits, or rolls back, with the action.
   * It is chained (its hash computed over its predecessor's) within a second of its commit.
   */
  void record(String actor, String action, String target, String detail);

  /**
   * Chains what is still waiting, then tells whether every entry's hash still covers its content and
   * its predecessor's hash, and the chain's head is the last entry's.
   */
  boolean verifyChain();
}
