package org.yiwang.shared.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The next value of a database sequence, in the SQL the database speaks (H2 or PostgreSQL). */
@Component
public class Sequences {

  private final JdbcTemplate jdbc;
  private final Dialect dialect;
  private final Map<String, String> statements = new ConcurrentHashMap<>();

  public Sequences(JdbcTemplate jdbc, Dialect dialect) {
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  /** The next value of the named sequence (a name from a migration, never user input). */
  public long next(String sequence) {
    String sql = statements.computeIfAbsent(sequence, s -> dialect.postgres() ? "select nextval('" + s + "')" : "select next value for " + s);
    return jdbc.queryForObject(sql, Long.class);
  }
}
