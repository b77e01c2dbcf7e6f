package org.yiwang.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The benchmark's PostgreSQL: the one {@code --jdbc-url} names, or an embedded one (zonky) kept
 * under the work directory, so the generated province survives to the next run. Commits are
 * durable either way: {@code fsync} and {@code synchronous_commit} stay on, as in production.
 * On the embedded server the scenarios run on a copy of the province made for each run ({@link
 * #copyProvince}), so that no run inherits the cases and open tasks an earlier one left.
 */
final class Database implements AutoCloseable {

  static final String PROVINCE = "bench_province";
  private static final String RUN = "bench_run";

  private final EmbeddedPostgres embedded;
  private final String givenUrl;
  private final String user;
  private final String password;
  private boolean copied;

  private Database(EmbeddedPostgres embedded, String givenUrl, String user, String password) {
    this.embedded = embedded;
    this.givenUrl = givenUrl;
    this.user = user;
    this.password = password;
  }

  static Database start(Options options) throws IOException {
    if (options.jdbcUrl() != null) {
      return new Database(null, options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
    }
    var pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(options.workDir().resolve("pg").toAbsolutePath())
            .setCleanDataDirectory(false)
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("max_connections", "400")
            .setServerConfig("shared_buffers", "512MB")
            // where the database's time goes: select * from pg_stat_statements (after create extension)
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .start();
    return new Database(pg, null, "postgres", "");
  }

  /** The URL of the named database on this server (the given URL's own database for the province). */
  String url(String database) {
    if (embedded != null) {
      return embedded.getJdbcUrl("postgres", database);
    }
    return database.equals(PROVINCE) ? givenUrl : givenUrl.replaceAll("/[^/?]+(\\?.*)?$", "/" + database + "$1");
  }

  /**
   * Replaces the run's database with a fresh copy of the generated province (a file copy, as
   * {@code createdb --template} makes it). A given server's database is served as it is: its
   * runs add up.
   *
   * @return whether a copy was made
   */
  boolean copyProvince() throws SQLException {
    if (embedded == null) {
      return false;
    }
    try (Connection c = connect("postgres"); var s = c.createStatement()) {
      s.execute("drop database if exists " + RUN + " with (force)");
      s.execute("create database " + RUN + " template " + PROVINCE + " strategy file_copy");
    }
    copied = true;
    return true;
  }

  /** The database the application serves and the scenarios measure: the run's copy, or the province. */
  String served() {
    return copied ? RUN : PROVINCE;
  }

  /** A connection to the database the application serves. */
  Connection connect() throws SQLException {
    return connect(served());
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user, password);
  }

  boolean exists(String database) throws SQLException {
    if (embedded == null && database.equals(PROVINCE)) {
      return true;
    }
    String admin = embedded != null ? embedded.getJdbcUrl("postgres", "postgres") : url("postgres");
    try (Connection c = DriverManager.getConnection(admin, user, password); var s = c.createStatement();
        var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
      return rs.next();
    }
  }

  /** Makes sure the database exists; {@code fresh} drops it first. */
  void prepare(String database, boolean fresh) throws SQLException {
    if (embedded == null && database.equals(PROVINCE)) {
      return;
    }
    String admin = embedded != null ? embedded.getJdbcUrl("postgres", "postgres") : url("postgres");
    try (Connection c = DriverManager.getConnection(admin, user, password); var s = c.createStatement()) {
      if (fresh) {
        s.execute("drop database if exists " + database + " with (force)");
      }
      try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
        if (!rs.next()) {
          s.execute("create database " + database);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
