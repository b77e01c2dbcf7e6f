package org.yiwang.catalog;

/** The kind of government power or service an item is (事项类型). */
public enum ItemType {
  ADMINISTRATIVE_LICENSE, // 行政许可
  ADMINISTRATIVE_PAYMENT, // 行政给付
  ADMINISTRATIVE_CONFIRMATION, // 行政确认
  ADMINISTRATIVE_INSPECTION, // 行政检查
  ADMINISTRATIVE_REWARD, // 行政奖励
  ADMINISTRATIVE_ADJUDICATION, // 行政裁决
  OTHER_POWER, // 其他行政权力
  PUBLIC_SERVICE // 公共服务
}
