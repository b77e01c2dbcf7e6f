package org.yiwang.cases;

/** The official notices a case produces, each at its step. */
public enum NoticeKind {
  /** 受理通知书 */
  ACCEPTANCE,
  /** 补正材料通知书: every correction at once */
  CORRECTION,
  /** 不予受理决定书 */
  REFUSAL,
  /** 不予行政许可决定书 */
  DENIAL,
  /** 准予行政许可决定书 */
  APPROVAL
}
