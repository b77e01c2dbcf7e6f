package org.yiwang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.notification.MessageBox;
import org.yiwang.shared.db.Dialect;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The message box's unread count and "mark all read": one statement for all, read from the unread messages' index. */
@IntegrationTest
class MessageBoxIntegrationTests extends DatabaseProperties {

  @Autowired MessageBox box;
  @Autowired JdbcTemplate jdbc;
  @Autowired Dialect dialect;
  @Autowired TransactionTemplate transactions;
  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;

  private void message(String recipient, OffsetDateTime readAt) {
    jdbc.update(
        "insert into notification_message (recipient, title, body, created_at, read_at, delivery_attempts) values (?, '新办件', '正文', ?, ?, 0)",
        recipient, OffsetDateTime.now(), readAt);
  }

  @Test
  void allOfAPersonsMessagesAreMarkedReadAndNoOneElses() {
    String me = "box-" + UUID.randomUUID();
    String other = "box-" + UUID.randomUUID();
    OffsetDateTime earlier = OffsetDateTime.parse("2026-01-02T03:04:05Z");
    for (int i = 0; i < 250; i++) {
      message(me, null);
    }
    message(me, earlier);
    message(other, null);
    assertThat(box.unread(me)).isEqualTo(250);

    box.markAllRead(me);

    assertThat(box.unread(me)).isZero();
    assertThat(box.unread(other)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from notification_message where recipient = ? and read_at = ?", Long.class, me, earlier))
        .as("read before, its time kept").isEqualTo(1);
    box.markAllRead(me);
    assertThat(box.unread(me)).isZero();
  }

  /**
   * On PostgreSQL the count reads the partial index of unread messages (V32), not the person's every
   * message, even as the generic plan a prepared statement gets after its first runs.
   */
  @Test
  void theUnreadCountReadsTheIndexOfUnreadMessages() {
    String me = "box-" + UUID.randomUUID();
    message(me, null);
    message(me, OffsetDateTime.now());
    transactions.executeWithoutResult(status -> {
      if (dialect.postgres()) {
        jdbc.execute("set local enable_seqscan = off");
        jdbc.execute("set local plan_cache_mode = force_generic_plan");
      }
      long before = dialect.postgres() ? unreadIndexScans() : 0;
      assertThat(box.unread(me)).isEqualTo(1);
      if (dialect.postgres()) {
        assertThat(unreadIndexScans() - before).as("scans of the unread messages' index").isPositive();
      }
    });
  }

  private long unreadIndexScans() {
    return jdbc.queryForObject("select pg_stat_get_xact_numscans('notification_message_unread'::regclass)", Long.class);
  }

  @Test
  void thePageMarksAllReadAndShowsNoneUnread() throws Exception {
    var clerk = users.loadUserByUsername("dag.window");
    message("dag.window", null);
    message("dag.window", null);
    mvc.perform(post("/messages/read").with(user(clerk)).with(csrf())).andExpect(redirectedUrl("/messages"));
    String page = mvc.perform(get("/messages").with(user(clerk))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("0 条未读");
    assertThat(box.unread("dag.window")).isZero();
  }
}
