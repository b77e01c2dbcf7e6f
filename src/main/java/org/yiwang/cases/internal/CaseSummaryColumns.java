package org.yiwang.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.yiwang.cases.CaseStatus;

/**
 * The columns of cases that a list of them shows (a {@link org.yiwang.cases.CaseSummary}), read as
 * columns. The staff's inbox names up to 50 cases a page; reading them as entities loaded each one's
 * form and corrections and built a managed entity of it, by a query Hibernate translated anew on
 * every page (a query with a collection parameter is never kept as a plan): 27 % of the application's
 * samples under the inbox's load (JFR, JDK 25).
 */
@Repository
class CaseSummaryColumns {

  /** What a summary and its time light are made of. */
  record Columns(
      String id,
      String number,
      String itemName,
      String situationName,
      String departmentCode,
      String applicantName,
      CaseStatus status,
      OffsetDateTime createdAt,
      OffsetDateTime submittedAt,
      LocalDate acceptDeadline,
      LocalDate decisionDeadline,
      LocalDate clockStoppedSince) {

    static Columns of(ApplicationCase c) {
      return new Columns(
          c.id(), c.number(), c.itemName(), c.situationName(), c.departmentCode(), c.applicantName(), c.status(),
          c.createdAt(), c.submittedAt(), c.acceptDeadline(), c.decisionDeadline(), c.clockStoppedSince());
    }
  }

  private final JdbcClient jdbc;

  CaseSummaryColumns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The cases with these ids, in no particular order; an id of no case is left out. */
  List<Columns> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select id, case_number, item_name, situation_name, department_code, applicant_name, status,
                   created_at, submitted_at, accept_deadline, decision_deadline, clock_stopped_since
            from application_case where id in (:ids)""")
        .param("ids", ids)
        .query(
            (rs, n) ->
                new Columns(
                    rs.getString("id"),
                    rs.getString("case_number"),
                    rs.getString("item_name"),
                    rs.getString("situation_name"),
                    rs.getString("department_code"),
                    rs.getString("applicant_name"),
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("submitted_at", OffsetDateTime.class),
                    rs.getObject("accept_deadline", LocalDate.class),
                    rs.getObject("decision_deadline", LocalDate.class),
                    rs.getObject("clock_stopped_since", LocalDate.class)))
        .list();
  }
}
