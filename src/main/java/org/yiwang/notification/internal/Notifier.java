package org.yiwang.notification.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.cases.CaseStatus;
import org.yiwang.cases.CaseStatusChanged;
import org.yiwang.cases.DeadlineWarned;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.Role;
import org.yiwang.notification.Message;
import org.yiwang.notification.MessageBox;
import org.yiwang.notification.SmsSender;

/**
 * Tells people what happened: the applicant at every step of their case (message box, e-mail if
 * they gave an address and a mail server is configured, SMS), window staff when a case arrives,
 * supervisors when one nears or passes its limit.
 */
@Service
class Notifier implements MessageBox {

  private static final Logger log = LoggerFactory.getLogger(Notifier.class);
  private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final StoredMessages messages;
  private final Accounts accounts;
  private final MessageSource text;
  private final ObjectProvider<JavaMailSender> mail;
  private final SmsSender sms;
  private final Clock clock;
  private final String from;

  Notifier(
      StoredMessages messages,
      Accounts accounts,
      MessageSource text,
      ObjectProvider<JavaMailSender> mail,
      SmsSender sms,
      Clock clock,
      @Value("${yiwang.notification.mail-from:noreply@zwfw.yingkou.gov.cn}") String from) {
    this.messages = messages;
    this.accounts = accounts;
    this.text = text;
    this.mail = mail;
    this.sms = sms;
    this.clock = clock;
    this.from = from;
  }

  @ApplicationModuleListener
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

  @ApplicationModuleListener
  void on(DeadlineWarned warned) {
    String title =
        text.getMessage("notification.warning." + warned.light().name(), new Object[] {warned.number(), warned.itemName()}, CHINESE);
    String body = text.getMessage("notification.warning.body", new Object[] {warned.number(), warned.deadline().toString()}, CHINESE);
    for (String supervisor : accounts.staffOf(warned.departmentCode(), Role.SUPERVISOR)) {
      deliver(supervisor, title, body, "/backoffice/cases/" + warned.caseId(), false);
    }
  }

  private void deliver(String username, String title, String body, String link, boolean outside) {
    messages.save(new StoredMessage(username, title, body, link, OffsetDateTime.now(clock)));
    if (!outside) {
      return;
    }
    accounts
        .contact(username)
        .ifPresent(
            contact -> {
              if (contact.email() != null && !contact.email().isBlank()) {
                mail.ifAvailable(sender -> email(sender, contact.email(), title, body));
              }
              if (contact.phone() != null && !contact.phone().isBlank()) {
                sms.send(contact.phone(), "【营口市一网通办】" + title);
              }
            });
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
      // the message box has it; a mail server that is down must not undo the case's step
      log.warn("E-mail to an applicant failed: {}", e.getMessage());
    }
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
    OffsetDateTime now = OffsetDateTime.now(clock);
    messages.findByRecipientAndReadAtIsNull(username).forEach(m -> m.markRead(now));
  }
}
