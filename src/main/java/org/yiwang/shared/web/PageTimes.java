package org.yiwang.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.yiwang.shared.TimeConfiguration;

/**
 * Times on pages in China's time ({@code ${@times.format(e.at, 'yyyy-MM-dd HH:mm')}}), whatever
 * zone the server runs in or the database hands an instant back in: PostgreSQL returns a
 * {@code timestamp with time zone} in UTC, and a page showed 16:10 for a case submitted at 00:10.
 * Dates without a time (a license's issue date) are shown as they are.
 */
@Component("times")
public final class PageTimes {

  /** The templates' few patterns, each parsed once rather than for every row of a list. */
  private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

  /** The value in China's time, in the pattern; null for null (a step not yet reached). */
  public String format(TemporalAccessor value, String pattern) {
    if (value == null) {
      return null;
    }
    TemporalAccessor local = value;
    if (value instanceof OffsetDateTime t) {
      local = t.atZoneSameInstant(TimeConfiguration.CHINA);
    } else if (value instanceof ZonedDateTime t) {
      local = t.withZoneSameInstant(TimeConfiguration.CHINA);
    } else if (value instanceof Instant t) {
      local = t.atZone(TimeConfiguration.CHINA);
    }
    return formatters.computeIfAbsent(pattern, DateTimeFormatter::ofPattern).format(local);
  }
}
