package org.yiwang.shared.db;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which SQL the database speaks where H2 and PostgreSQL differ (sequences, insert-if-absent). */
@Component
public class Dialect {

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  public Dialect(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean postgres() {
    if (postgres == null) {
      String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
      postgres = product != null && product.toLowerCase().contains("postgres");
    }
    return postgres;
  }

  /**
   * An insert that does nothing when a row with the same key is there already, also when another
   * transaction inserts it at the same moment (PostgreSQL: ON CONFLICT; H2: MERGE).
   */
  public String insertIfAbsent(String table, String key, String... columns) {
    String names = String.join(", ", columns);
    String marks = String.join(", ", java.util.Collections.nCopies(columns.length, "?"));
    return postgres()
        ? "insert into " + table + " (" + names + ") values (" + marks + ") on conflict (" + key + ") do nothing"
        : "merge into " + table + " (" + names + ") key (" + key + ") values (" + marks + ")";
  }
}
