package org.yiwang.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Case numbers people can read out on the phone: {@code YK} (营口), the date, and a 7-digit
 * serial from a database sequence, e.g. {@code YK2611270000123}: unique across nodes.
 */
@Component
class CaseNumbers {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final JdbcTemplate jdbc;
  private final String nextValue;

  CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    this.nextValue =
        product != null && product.toLowerCase().contains("postgres")
            ? "select nextval('case_number_seq')"
            : "select next value for case_number_seq";
  }

  String next(LocalDate today) {
    Long serial = jdbc.queryForObject(nextValue, Long.class);
    return "YK" + today.format(DATE) + "%07d".formatted(serial % 10_000_000L);
  }
}
