package org.yiwang.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.cases.CaseStatus;
import org.yiwang.cases.CaseStatusChanged;
import org.yiwang.cases.DeadlineWarned;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.Role;
import org.yiwang.notification.Message;
import org.yiwang.notification.MessageBox;

/**
 * Tells people what happened: the applicant at every step of their case (message box, then SMS and
 * e-mail by the {@link OutsideDelivery} round), window staff when a case arrives, supervisors when
 * one nears or passes its limit.
 *
 * <p>The messages are written in the transaction of the step that caused them (a plain event
 * listener, not an asynchronous module listener): a step and its messages commit together or not
 * at all, and a step costs no outbox entry and no transactions of its own for them. Only what
 * leaves the platform waits for the commit, in the delivery round's batches.
 */
@Service
class Notifier implements MessageBox {

  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final StoredMessages messages;
  private final Accounts accounts;
  private final MessageSource text;
  private final Clock clock;

  Notifier(StoredMessages messages, Accounts accounts, MessageSource text, Clock clock) {
    this.messages = messages;
    this.accounts = accounts;
    this.text = text;
    this.clock = clock;
  }

  @EventListener
  void on(CaseStatusChanged changed) {
    String status = text.getMessage("case.status." + changed.status().name(), null, CHINESE);
    String title = text.getMessage("notification.case.title", new Object[] {changed.itemName(), status}, CHINESE);
    String body =
        text.getMessage("notification.case.body", new Object[] {changed.number(), changed.itemName(), status}, CHINESE)
            + (changed.note() == null || changed.note().isBlank() ? "" : " " + changed.note());
    String link = "/cases/" + changed.caseId();
    deliver(changed.applicantUsername(), title, body, link, true);
    if (changed.status() == CaseStatus.SUBMITTED) {
      String staffTitle = text.getMessage("notification.staff.newCase", new Object[] {changed.itemName()}, CHINESE);
      for (String window : accounts.staffOf(changed.departmentCode(), Role.WINDOW)) {
        deliver(window, staffTitle, changed.number() + " " + changed.itemName(), "/backoffice/cases/" + changed.caseId(), false);
      }
    }
  }

  @EventListener
  void on(DeadlineWarned warned) {
    String title =
        text.getMessage("notification.warning." + warned.light().name(), new Object[] {warned.number(), warned.itemName()}, CHINESE);
    String body = text.getMessage("notification.warning.body", new Object[] {warned.number(), warned.deadline().toString()}, CHINESE);
    for (String supervisor : accounts.staffOf(warned.departmentCode(), Role.SUPERVISOR)) {
      deliver(supervisor, title, body, "/backoffice/cases/" + warned.caseId(), false);
    }
  }

  /** Into the message box; {@code outside}: and to the recipient's phone and e-mail, after the commit. */
  private void deliver(String username, String title, String body, String link, boolean outside) {
    messages.save(new StoredMessage(username, title, body, link, OffsetDateTime.now(clock), outside));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Message> latest(String username, int limit) {
    return messages.findByRecipientOrderByIdDesc(username, PageRequest.of(0, limit)).stream().map(StoredMessage::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long unread(String username) {
    return messages.countByRecipientAndReadAtIsNull(username);
  }

  @Override
  @Transactional
  public void markAllRead(String username) {
    messages.markAllRead(username, OffsetDateTime.now(clock));
  }
}
