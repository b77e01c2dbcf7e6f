package org.yiwang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.yiwang.identity.Accounts;
import org.yiwang.notification.SmsSender;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/**
 * The delivery round outside the platform: each message sent once, a failing gateway tried again
 * and then given up, a node that stopped while sending leaves its messages to be sent again, and
 * two nodes at once never send one twice. Its messages are due a year from now, and the rounds
 * under test run on a clock a year ahead, so the application's own round (on the real clock) does
 * not touch them.
 */
@IntegrationTest
class OutsideDeliveryIntegrationTests extends DatabaseProperties {

  static final Instant A_YEAR_ON = Instant.now().plus(Duration.ofDays(366)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

  @Autowired StoredMessages messages;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate batch;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Accounts accounts;

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    volatile Instant now = A_YEAR_ON;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }
  }

  OutsideDelivery round(SmsSender sms, Clock clock) {
    ObjectProvider<JavaMailSender> none = new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    return new OutsideDelivery(jdbc, batch, transactions, accounts, none, sms, clock, "noreply@example.com");
  }

  long message(String title) {
    return message("citizen", title);
  }

  long message(String recipient, String title) {
    return messages.save(new StoredMessage(recipient, title, "正文", "/cases/x", OffsetDateTime.ofInstant(A_YEAR_ON, ZoneOffset.UTC), true)).view().id();
  }

  String delivery(long id) {
    return jdbc.sql("select delivery from notification_message where id = ?").param(id).query(String.class).single();
  }

  @Test
  void aMessageIsSentToTheApplicantsPhoneOnceAndThenDone() {
    long id = message("只发一次" + System.nanoTime());
    List<String> sent = new ArrayList<>();
    var clock = new TestClock();
    OutsideDelivery round = round((phone, text) -> sent.add(phone + " " + text), clock);

    round.deliverDue();
    round.deliverDue();
    clock.advance(Duration.ofHours(1));
    round.deliverDue();

    assertThat(sent.stream().filter(s -> s.contains(titleOf(id)))).containsExactly("13904170001 【营口市一网通办】" + titleOf(id));
    assertThat(delivery(id)).isEqualTo("DONE");
  }

  /** One round's messages to several recipients: each to its own phone; one with no account is done without a send. */
  @Test
  void aRoundSendsEachMessageToItsOwnRecipientsPhone() {
    String run = "各自的手机" + System.nanoTime();
    long toCitizen = message("citizen", run + "-王丽");
    long toEnterprise = message("enterprise", run + "-企业");
    long toNobody = message("no.such.account", run + "-无账号");
    List<String> sent = new ArrayList<>();
    OutsideDelivery round = round((phone, text) -> sent.add(phone + " " + text), new TestClock());

    round.deliverDue();

    assertThat(sent.stream().filter(s -> s.contains(run)))
        .containsExactlyInAnyOrder(
            "13904170001 【营口市一网通办】" + run + "-王丽", "04172830000 【营口市一网通办】" + run + "-企业");
    assertThat(List.of(toCitizen, toEnterprise, toNobody)).allMatch(id -> "DONE".equals(delivery(id)));
  }

  @Test
  void aFailingGatewayIsTriedAgainLaterAndGivenUpAfterFiveAttempts() {
    long id = message("网关故障" + System.nanoTime());
    var attempts = new AtomicInteger();
    var clock = new TestClock();
    OutsideDelivery round =
        round(
            (phone, text) -> {
              if (text.contains(titleOf(id))) {
                attempts.incrementAndGet();
                throw new IllegalStateException("短信网关不可用");
              }
            },
            clock);

    round.deliverDue();
    assertThat(attempts).hasValue(1);
    assertThat(delivery(id)).isEqualTo("PENDING");
    round.deliverDue();
    assertThat(attempts).as("not again before its time").hasValue(1);
    for (int attempt = 2; attempt <= 5; attempt++) {
      clock.advance(Duration.ofMinutes(attempt));
      round.deliverDue();
      assertThat(attempts).hasValue(attempt);
    }
    assertThat(delivery(id)).isEqualTo("FAILED");
    clock.advance(Duration.ofHours(1));
    round.deliverDue();
    assertThat(attempts).as("given up").hasValue(5);
    assertThat(messages.findById(id)).as("it stays in the message box").isPresent();
  }

  @Test
  void aNodeThatStoppedWhileSendingLeavesItsMessagesToBeSentWhenTheLeaseRunsOut() {
    long id = message("节点中断" + System.nanoTime());
    var clock = new TestClock();
    List<String> sent = new ArrayList<>();
    OutsideDelivery round = round((phone, text) -> sent.add(text), clock);
    // a node claims the message and stops before it sends it
    List<OutsideDelivery.Claimed> claimed =
        new org.springframework.transaction.support.TransactionTemplate(transactions).execute(status -> round.claimDue());
    assertThat(claimed).extracting(OutsideDelivery.Claimed::id).contains(id);

    round.deliverDue();
    assertThat(sent).as("claimed by the stopped node").noneMatch(s -> s.contains(titleOf(id)));
    clock.advance(Duration.ofMinutes(6));
    round.deliverDue();
    assertThat(sent).filteredOn(s -> s.contains(titleOf(id))).hasSize(1);
    assertThat(delivery(id)).isEqualTo("DONE");
  }

  @Test
  void twoNodesAtOnceSendEachMessageOnce() throws Exception {
    String run = "两个节点" + System.nanoTime();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      ids.add(message(run + "-" + i));
    }
    Map<String, Integer> sends = new ConcurrentHashMap<>();
    SmsSender counting = (phone, text) -> sends.merge(text, 1, Integer::sum);
    var clock = new TestClock();
    var start = new CountDownLatch(1);
    var pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> nodes = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        OutsideDelivery round = round(counting, clock);
        nodes.add(pool.submit(() -> {
          start.await();
          round.deliverDue();
          return null;
        }));
      }
      start.countDown();
      for (Future<?> node : nodes) {
        node.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sends.entrySet()).filteredOn(e -> e.getKey().contains(run)).hasSize(250).allMatch(e -> e.getValue() == 1);
    assertThat(ids).allMatch(id -> "DONE".equals(delivery(id)));
  }

  String titleOf(long id) {
    return messages.findById(id).orElseThrow().view().title();
  }
}
