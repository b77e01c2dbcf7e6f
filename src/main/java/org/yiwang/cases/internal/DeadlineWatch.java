package org.yiwang.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.cases.CaseStatus;
import org.yiwang.cases.DeadlineWarned;
import org.yiwang.cases.TimeLight;

/**
 * E-supervision (电子监察): finds open cases near or over their limit and warns once per level; a
 * round opens a transaction only for the cases not yet warned at the level they have reached.
 * Safe on several nodes: the warning level is written with the case's version, so when two nodes
 * find the same case only one write succeeds, and only that one sends the warning.
 */
@Component
class DeadlineWatch {

  private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

  private final ApplicationCases cases;
  private final TimeLimits limits;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;
  private final TransactionTemplate transaction;

  DeadlineWatch(
      ApplicationCases cases,
      TimeLimits limits,
      ApplicationEventPublisher publisher,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.cases = cases;
    this.limits = limits;
    this.publisher = publisher;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  @Scheduled(initialDelayString = "${yiwang.supervision.first-check:PT1M}", fixedDelayString = "${yiwang.supervision.check-every:PT10M}")
  void check() {
    LocalDate today = LocalDate.now(clock);
    int warned = 0;
    for (String candidate : cases.toWarn(limits.warnFrom(today), today)) {
      try {
        Boolean sent = transaction.execute(status -> warn(candidate, today));
        if (Boolean.TRUE.equals(sent)) {
          warned++;
        }
      } catch (OptimisticLockingFailureException e) {
        // another node or a member of staff changed the case at the same moment: the next round sees it
      }
    }
    if (warned > 0) {
      log.info("E-supervision: {} new warnings", warned);
    }
  }

  private boolean warn(String caseId, LocalDate today) {
    ApplicationCase c = cases.findById(caseId).orElse(null);
    if (c == null) {
      return false;
    }
    LocalDate deadline = c.status() == CaseStatus.SUBMITTED ? c.acceptDeadline() : c.decisionDeadline();
    TimeLight light = limits.light(c.status(), deadline, c.clockStoppedSince() != null, today);
    if ((light != TimeLight.YELLOW && light != TimeLight.RED) || !c.warn(light.name())) {
      return false;
    }
    publisher.publishEvent(new DeadlineWarned(c.id(), c.number(), c.itemName(), c.departmentCode(), light, deadline));
    return true;
  }
}
