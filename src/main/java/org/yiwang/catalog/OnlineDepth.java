package org.yiwang.catalog;

/** How far an item can be done online (网办深度), from least to most. */
public enum OnlineDepth {
  INFORMATION, // 信息公开: the guide only
  DOWNLOAD, // 表格下载: forms downloadable
  ONLINE_APPLICATION, // 在线申报: apply online, result in person
  FULLY_ONLINE // 全程网办: no visit from application to result
}
