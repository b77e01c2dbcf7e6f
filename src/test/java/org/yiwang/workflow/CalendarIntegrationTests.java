package org.yiwang.workflow;

import org.yiwang.shared.TimeConfiguration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The working-day calendar as stored in the database and kept by the platform administrator. */
@IntegrationTest
class CalendarIntegrationTests extends DatabaseProperties {

  @Autowired WorkingDayCalendar calendar;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  @Test
  void theStateCouncilNoticesFrom2020AreLoadedAndCounted() {
    assertThat(calendar.notices()).extracting(CalendarNotice::year).contains(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 5)).isEqualTo(LocalDate.of(2025, 10, 10));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(calendar.unannouncedYears(LocalDate.of(2026, 11, 27))).containsExactly(2027);
  }

  @Test
  void theAdministratorIsWarnedAboutAYearWithoutANotice() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(calendar.notice(LocalDate.now(TimeConfiguration.CHINA).getYear() + 1).isEmpty());
    mvc.perform(get("/backoffice/calendar").with(user(users.loadUserByUsername("admin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"calendar-warning\"")))
        .andExpect(content().string(containsString((LocalDate.now(TimeConfiguration.CHINA).getYear() + 1) + "年的节假日安排尚未录入")));
    mvc.perform(get("/backoffice").with(user(users.loadUserByUsername("admin"))))
        .andExpect(content().string(containsString("id=\"calendar-warning\"")));
  }

  @Test
  void aMalformedNoticeIsRefusedLineByLineAndNothingChanges() throws Exception {
    var before = calendar.notice(2026).orElseThrow();
    mvc.perform(
            post("/backoffice/calendar")
                .with(user(users.loadUserByUsername("admin")))
                .with(csrf())
                .param("year", "2026")
                .param("title", "更正")
                .param("publishedOn", "2025-11-04")
                .param("source", "中国政府网")
                .param("lines", "2026-01-01 休 元旦\n2026-01-05 班 调休\nnot a date"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("第3行格式不正确")))
        .andExpect(content().string(containsString("第2行：2026-01-05 本来就是工作日")));
    assertThat(calendar.notice(2026).orElseThrow()).isEqualTo(before);
  }

  @Test
  void aNoticeIsSavedByThePlatformAdministratorOnly() throws Exception {
    var notice = calendar.notice(2026).orElseThrow();
    String lines =
        notice.days().stream()
            .map(d -> d.date() + (d.kind() == CalendarNotice.Kind.HOLIDAY ? " 休 " : " 班 ") + d.name())
            .collect(Collectors.joining("\n"));
    var request =
        post("/backoffice/calendar")
            .with(csrf())
            .param("year", "2026")
            .param("title", notice.title())
            .param("publishedOn", notice.publishedOn().toString())
            .param("source", notice.source())
            .param("lines", lines);
    mvc.perform(request.with(user(users.loadUserByUsername("scjgj.admin")))).andExpect(status().isForbidden());
    mvc.perform(request.with(user(users.loadUserByUsername("admin")))).andExpect(redirectedUrl("/backoffice/calendar"));
    assertThat(calendar.notice(2026).orElseThrow().days()).containsExactlyInAnyOrderElementsOf(notice.days());
  }
}
