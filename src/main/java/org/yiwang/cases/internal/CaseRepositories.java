package org.yiwang.cases.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ApplicationCases extends JpaRepository<ApplicationCase, String> {

  Optional<ApplicationCase> findByNumber(String number);

  /**
   * The case, its row locked until the transaction ends: a step of a case is completed by one member
   * of staff at a time, so a second completion of the same task waits, then finds it done (409).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from ApplicationCase c where c.id = :id")
  Optional<ApplicationCase> lockById(String id);

  /**
   * E-supervision's candidates: the open cases, their clock running, whose limit falls on or before
   * {@code by} and that have not yet been warned at the level they have reached (yellow before the
   * limit, red after {@code today}). Their ids only: a warned case drops out until its next step, so
   * a round opens a transaction for the cases that came near their limit since the last one alone.
   * In no order: an order by id would let the planner walk the primary key's index instead.
   */
  @Query(
      """
      select c.id from ApplicationCase c
      where c.clockStoppedSince is null and (
        (c.status = org.yiwang.cases.CaseStatus.SUBMITTED and c.acceptDeadline <= :by
          and (c.warningLevel is null or (c.warningLevel <> 'RED' and c.acceptDeadline < :today)))
        or (c.status = org.yiwang.cases.CaseStatus.ACCEPTED and c.decisionDeadline <= :by
          and (c.warningLevel is null or (c.warningLevel <> 'RED' and c.decisionDeadline < :today))))
      """)
  List<String> toWarn(LocalDate by, LocalDate today);

  /**
   * A department's open cases, their clock running, whose limit falls on or before {@code by}, the
   * nearest limit first: read from the open cases' partial indexes on (department, deadline) (V30).
   */
  @Query(
      """
      select c from ApplicationCase c
      where c.departmentCode = :department and c.clockStoppedSince is null and (
        (c.status = org.yiwang.cases.CaseStatus.SUBMITTED and c.acceptDeadline <= :by)
        or (c.status = org.yiwang.cases.CaseStatus.ACCEPTED and c.decisionDeadline <= :by))
      order by case when c.status = org.yiwang.cases.CaseStatus.SUBMITTED then c.acceptDeadline else c.decisionDeadline end, c.id
      """)
  Slice<ApplicationCase> nearLimitIn(String department, LocalDate by, Pageable page);

  /**
   * {@link #nearLimitIn}, every department's (the platform administrator's view). A query of its own:
   * a department that may be null in one query would keep PostgreSQL from the department's index.
   */
  @Query(
      """
      select c from ApplicationCase c
      where c.clockStoppedSince is null and (
        (c.status = org.yiwang.cases.CaseStatus.SUBMITTED and c.acceptDeadline <= :by)
        or (c.status = org.yiwang.cases.CaseStatus.ACCEPTED and c.decisionDeadline <= :by))
      order by case when c.status = org.yiwang.cases.CaseStatus.SUBMITTED then c.acceptDeadline else c.decisionDeadline end, c.id
      """)
  Slice<ApplicationCase> nearLimit(LocalDate by, Pageable page);
}

interface CaseMaterials extends JpaRepository<CaseMaterial, Long> {

  List<CaseMaterial> findByCaseId(String caseId);

  Optional<CaseMaterial> findByCaseIdAndMaterialCode(String caseId, String materialCode);

  /** {@code count(*)}, not of the ids: on PostgreSQL an index-only scan of the partial index of such materials (V28). */
  @Query("select count(*) from CaseMaterial m where m.licenseIdentifier is not null")
  long countProvidedByLicense();
}

interface CaseEvents extends JpaRepository<CaseEvent, Long> {

  List<CaseEvent> findByCaseIdOrderByIdAsc(String caseId);

  boolean existsByCaseIdAndActor(String caseId, String actor);
}
