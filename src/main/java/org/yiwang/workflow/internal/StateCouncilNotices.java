package org.yiwang.workflow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.workflow.CalendarNotice;
import tools.jackson.databind.json.JsonMapper;

/**
 * The State Council's notices from 2020 on, shipped with the platform in
 * {@code calendar/state-council-notices.json} (reference data, every profile). A year already in
 * the database is left as the administrator entered it.
 */
@Component
@Order(5)
class StateCouncilNotices implements ApplicationRunner {

  static final String RESOURCE = "calendar/state-council-notices.json";

  private final JdbcWorkingDayCalendar calendar;
  private final JsonMapper json;

  StateCouncilNotices(JdbcWorkingDayCalendar calendar, JsonMapper json) {
    this.calendar = calendar;
    this.json = json;
  }

  static List<CalendarNotice> read(JsonMapper json) {
    try (InputStream in = StateCouncilNotices.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return List.of(json.readValue(in, CalendarNotice[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    var stored = calendar.storedYears();
    for (CalendarNotice notice : read(json)) {
      if (!stored.contains(notice.year())) {
        calendar.insert(notice, "system");
      }
    }
  }
}
