package org.yiwang.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.Accounts.Contact;
import org.yiwang.notification.SmsSender;

/**
 * Sends the messages that are to reach their recipients outside the platform (SMS, e-mail), after
 * the step that wrote them has committed, in batches: one transaction claims up to a batch of due
 * messages (their rows locked, so that the rounds of several nodes never send one twice at once)
 * and reads their recipients' contacts, the sending holds no connection, one more transaction
 * records the outcome. A message's claim is a lease: a node that stops while sending leaves its
 * messages to be sent again when the lease has run out (at least once, never lost).
 */
@Component
class OutsideDelivery {

  static final String PENDING = "PENDING";
  private static final String DONE = "DONE";
  private static final String FAILED = "FAILED";
  private static final int BATCH = 100;
  private static final int MAX_ATTEMPTS = 5;
  private static final Duration LEASE = Duration.ofMinutes(5);
  private static final Logger log = LoggerFactory.getLogger(OutsideDelivery.class);

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate transaction;
  private final Accounts accounts;
  private final ObjectProvider<JavaMailSender> mail;
  private final SmsSender sms;
  private final Clock clock;
  private final String from;

  OutsideDelivery(
      JdbcClient jdbc,
      JdbcTemplate batch,
      PlatformTransactionManager transactions,
      Accounts accounts,
      ObjectProvider<JavaMailSender> mail,
      SmsSender sms,
      Clock clock,
      @Value("${yiwang.notification.mail-from:noreply@zwfw.yingkou.gov.cn}") String from) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.transaction = new TransactionTemplate(transactions);
    this.accounts = accounts;
    this.mail = mail;
    this.sms = sms;
    this.clock = clock;
    this.from = from;
  }

  record Claimed(long id, String title, String body, int attempt, Contact contact) {}

  @Scheduled(initialDelay = 1_000, fixedDelayString = "${yiwang.notification.deliver-every:PT1S}")
  void deliverDue() {
    List<Claimed> claimed;
    do {
      claimed = transaction.execute(status -> claimDue());
      if (!claimed.isEmpty()) {
        List<Claimed> sent = new ArrayList<>();
        List<Claimed> failed = new ArrayList<>();
        for (Claimed message : claimed) {
          (send(message) ? sent : failed).add(message);
        }
        transaction.executeWithoutResult(status -> record(sent, failed));
      }
    } while (claimed.size() == BATCH);
  }

  /** Claims the due messages for a lease, in the caller's transaction: what this node is to send now. */
  List<Claimed> claimDue() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    record Row(long id, String recipient, String title, String body, int attempts) {}
    List<Row> rows =
        jdbc.sql(
                "select id, recipient, title, body, delivery_attempts from notification_message"
                    + " where delivery = ? and delivery_due_at <= ? order by delivery_due_at, id fetch first " + BATCH
                    + " rows only for update")
            .params(PENDING, now)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
            .list();
    if (rows.isEmpty()) {
      return List.of();
    }
    // one statement for the batch's claim, one look-up for its recipients' contacts
    jdbc.sql("update notification_message set delivery_due_at = :until, delivery_attempts = delivery_attempts + 1 where id in (:ids)")
        .param("until", now.plus(LEASE))
        .param("ids", rows.stream().map(Row::id).toList())
        .update();
    Map<String, Contact> contacts = accounts.contacts(rows.stream().map(Row::recipient).toList());
    return rows.stream()
        .map(r -> new Claimed(r.id(), r.title(), r.body(), r.attempts() + 1, contacts.get(r.recipient())))
        .toList();
  }

  /**
   * The SMS first: a gateway that fails leaves the message to be tried again, before any e-mail
   * went. An e-mail that fails is only logged, as before: the message box has it, and a mail
   * server keeps its own queue.
   */
  private boolean send(Claimed message) {
    Contact contact = message.contact();
    if (contact == null) {
      return true;
    }
    if (contact.phone() != null && !contact.phone().isBlank()) {
      try {
        sms.send(contact.phone(), "【营口市一网通办】" + message.title());
      } catch (RuntimeException e) {
        // the exception's class, not its message: a gateway's message may carry the phone number
        log.warn("SMS of message {} failed (attempt {} of {}): {}", message.id(), message.attempt(), MAX_ATTEMPTS, e.getClass().getName());
        return false;
      }
    }
    if (contact.email() != null && !contact.email().isBlank()) {
      mail.ifAvailable(sender -> email(sender, contact.email(), message.title(), message.body()));
    }
    return true;
  }

  private void email(JavaMailSender sender, String to, String subject, String body) {
    var message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to);
    message.setSubject(subject);
    message.setText(body + "\n\n营口市一网通办");
    try {
      sender.send(message);
    } catch (MailException e) {
      // as for SMS: a mail server's message may carry the address
      log.warn("E-mail to an applicant failed: {}", e.getClass().getName());
    }
  }

  /** Sent: done. Failed: tried again a minute later for each attempt made, until the last one fails. */
  private void record(List<Claimed> sent, List<Claimed> failed) {
    if (!sent.isEmpty()) {
      jdbc.sql("update notification_message set delivery = :done where id in (:ids)")
          .param("done", DONE)
          .param("ids", sent.stream().map(Claimed::id).toList())
          .update();
    }
    if (!failed.isEmpty()) {
      OffsetDateTime now = OffsetDateTime.now(clock);
      List<Object[]> outcomes = new ArrayList<>();
      for (Claimed m : failed) {
        if (m.attempt() >= MAX_ATTEMPTS) {
          log.warn("Message {} not delivered outside the platform after {} attempts; it stays in the message box", m.id(), m.attempt());
          outcomes.add(new Object[] {FAILED, now, m.id()});
        } else {
          outcomes.add(new Object[] {PENDING, now.plusMinutes(m.attempt()), m.id()});
        }
      }
      batch.batchUpdate("update notification_message set delivery = ?, delivery_due_at = ? where id = ?", outcomes);
    }
  }
}
