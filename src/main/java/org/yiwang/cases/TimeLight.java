package org.yiwang.cases;

/** E-supervision's light for an open case: on time, near its limit, over it, or the clock stopped. */
public enum TimeLight {
  GREEN,
  YELLOW,
  RED,
  PAUSED,
  NONE
}
