package org.yiwang.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.cases.CaseStatus;

/**
 * The columns of cases that a list of them shows (a {@link org.yiwang.cases.CaseSummary}), read as
 * columns: an applicant's cases a page at a time, and the cases of a page of the staff's inbox.
 * The inbox names up to 50 cases a page; reading them as entities loaded each one's
 * form and corrections and built a managed entity of it, by a query Hibernate translated anew on
 * every page (a query with a collection parameter is never kept as a plan): 27 % of the application's
 * samples under the inbox's load (JFR, JDK 25).
 */
@Component
// a component, as the other JdbcClient readers are: JdbcClient translates SQL exceptions itself, and
// @Repository would wrap every call of this hot read in a translating proxy as well
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

  private static final String COLUMNS =
      """
      select id, case_number, item_name, situation_name, department_code, applicant_name, status,
             created_at, submitted_at, accept_deadline, decision_deadline, clock_stopped_since
      from application_case
      """;

  private static final RowMapper<Columns> COLUMNS_OF_ROW =
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
              rs.getObject("clock_stopped_since", LocalDate.class));

  private final JdbcClient jdbc;

  CaseSummaryColumns(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The cases with these ids, in no particular order; an id of no case is left out. */
  List<Columns> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(COLUMNS + "where id in (:ids)").param("ids", ids).query(COLUMNS_OF_ROW).list();
  }

  /**
   * One page of an applicant's cases, newest first. The page's ids come from the index on (applicant,
   * created, id) alone, so a deep page skips index entries instead of whole rows; the id breaks ties so
   * that no case is shown twice or never. A list, not a page: a page would count all of the
   * applicant's cases again each time.
   */
  List<Columns> pageOfApplicant(String username, int offset, int size) {
    return jdbc.sql(
            COLUMNS
                + """
                where id in (
                  select p.id from application_case p where p.applicant_username = :username
                  order by p.created_at desc, p.id desc
                  offset :offset rows fetch first :size rows only)
                order by created_at desc, id desc
                """)
        .param("username", username)
        .param("offset", offset)
        .param("size", size)
        .query(COLUMNS_OF_ROW)
        .list();
  }
}
