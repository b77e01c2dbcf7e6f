package org.yiwang.shared.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The next value of a database sequence, in the SQL the database speaks (H2 or PostgreSQL). */
@Component
public class Sequences {

  private final JdbcTemplate jdbc;
  private final Map<String, String> statements = new ConcurrentHashMap<>();
  private volatile Boolean postgres;

  public Sequences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The next value of the named sequence (a name from a migration, never user input). */
  public long next(String sequence) {
    String sql = statements.computeIfAbsent(sequence, s -> postgres() ? "select nextval('" + s + "')" : "select next value for " + s);
    return jdbc.queryForObject(sql, Long.class);
  }

  private boolean postgres() {
    if (postgres == null) {
      String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
      postgres = product != null && product.toLowerCase().contains("postgres");
    }
    return postgres;
  }
}
