package org.yiwang.cases.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.yiwang.cases.CaseStatus;

/** One entry of a case's timeline: what happened, who did it, when, and their opinion. */
@Entity
@Table(name = "case_event")
class CaseEvent {

  /** What happened. */
  enum Kind {
    CREATED,
    SUBMITTED,
    RESUBMITTED,
    ACCEPTED,
    CORRECTION_REQUESTED,
    REFUSED,
    STEP_COMPLETED,
    CLOCK_STOPPED,
    CLOCK_RESTARTED,
    EXTENDED,
    APPROVED,
    DENIED,
    COMPLETED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id")
  private String caseId;

  @Column(name = "occurred_at")
  private OffsetDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "step_name")
  private String stepName;

  private String actor;

  @Column(name = "actor_name")
  private String actorName;

  private String opinion;

  @Enumerated(EnumType.STRING)
  private CaseStatus status;

  protected CaseEvent() {}

  CaseEvent(
      String caseId,
      OffsetDateTime occurredAt,
      Kind kind,
      String stepName,
      String actor,
      String actorName,
      String opinion,
      CaseStatus status) {
    this.caseId = caseId;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.stepName = stepName;
    this.actor = actor;
    this.actorName = actorName;
    this.opinion = opinion;
    this.status = status;
  }

  Long id() { return id; }
  String caseId() { return caseId; }
  OffsetDateTime occurredAt() { return occurredAt; }
  Kind kind() { return kind; }
  String stepName() { return stepName; }
  String actor() { return actor; }
  String actorName() { return actorName; }
  String opinion() { return opinion; }
  CaseStatus status() { return status; }
}
