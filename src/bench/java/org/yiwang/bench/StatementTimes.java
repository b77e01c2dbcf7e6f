package org.yiwang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the database's time went in a measured window: the statements with the most execution time
 * in PostgreSQL's {@code pg_stat_statements}, emptied when the window opens. The CPU figures say how
 * much the database costs an operation; these say which statements it is spent on.
 */
final class StatementTimes implements AutoCloseable {

  private static final int TOP = 5;

  /** One statement's calls and execution time in a window. */
  record Line(String statement, long calls, double millis) {}

  /**
   * A window's statements: their count and execution time in all, the transactions they ran in, and
   * the statements that took most of the time.
   */
  record Top(long calls, double millis, long transactions, List<Line> lines) {

    /** "database: 96.0 statements in 6.0 transactions per operation, 4.10 ms executing them (…); most of it in: 1.60 ms in `update …` (…); …". */
    String perOperation(long operations) {
      if (operations == 0) {
        return "no operation completed";
      }
      var text = new StringBuilder("database: %.1f statements in %.1f transactions per operation, %.2f ms executing them (pg_stat_statements); most of it in: "
          .formatted((double) calls / operations, (double) transactions / operations, millis / operations));
      for (Line l : lines) {
        text.append("%.2f ms in `%s` (%.1f calls of %.2f ms, %.0f %%); ".formatted(l.millis() / operations, l.statement(),
            (double) l.calls() / operations, l.calls() == 0 ? 0 : l.millis() / l.calls(), millis == 0 ? 0 : 100 * l.millis() / millis));
      }
      return text.toString().replaceAll("; $", "");
    }
  }

  private final Connection sql;
  private final Path directory;
  private long transactionsAtReset;

  private StatementTimes(Connection sql, Path directory) {
    this.sql = sql;
    this.directory = directory;
  }

  /**
   * Statement times from the served database, or null where the extension cannot be had (a given
   * server without {@code pg_stat_statements} in {@code shared_preload_libraries}). Every window's
   * statements, all of them, are also written to {@code directory} as {@code <scenario>.tsv}.
   */
  static StatementTimes of(Database database, Path directory) {
    try {
      Connection sql = database.connect();
      try (var s = sql.createStatement()) {
        s.execute("create extension if not exists pg_stat_statements");
        s.executeQuery("select 1 from pg_stat_statements limit 1").close();
        return new StatementTimes(sql, directory);
      } catch (SQLException e) {
        sql.close();
        System.out.println("pg_stat_statements: not available, statement times not measured (" + e.getMessage() + ")");
        return null;
      }
    } catch (SQLException e) {
      System.out.println("pg_stat_statements: no connection, statement times not measured (" + e.getMessage() + ")");
      return null;
    }
  }

  /** Empties the statistics: the window starts now. */
  void reset() throws SQLException {
    try (var s = sql.createStatement()) {
      s.executeQuery("select pg_stat_statements_reset()").close();
    }
    transactionsAtReset = transactions();
  }

  /**
   * The database's committed transactions so far, read-only ones included (pg_stat_database: each
   * backend reports its counts when idle, at most once a second, so a window's figure may lag by
   * that second).
   */
  private long transactions() throws SQLException {
    try (var s = sql.createStatement();
        var rs = s.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** This database's statements since {@link #reset()}, the ones with the most time first. */
  Top top(String scenario) throws SQLException, IOException {
    String mine = "dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'";
    long transactions = transactions() - transactionsAtReset;
    long calls;
    double total;
    try (var s = sql.createStatement();
        var rs = s.executeQuery("select coalesce(sum(calls), 0), coalesce(sum(total_exec_time), 0) from pg_stat_statements where " + mine)) {
      rs.next();
      calls = rs.getLong(1);
      total = rs.getDouble(2);
    }
    List<Line> lines = new ArrayList<>();
    var everything = new StringBuilder("calls\ttotal ms\tmean ms\tstatement\n");
    try (var s = sql.createStatement();
        var rs = s.executeQuery("select query, calls, total_exec_time from pg_stat_statements where " + mine + " order by total_exec_time desc")) {
      while (rs.next()) {
        var line = new Line(shortened(rs.getString(1)), rs.getLong(2), rs.getDouble(3));
        if (lines.size() < TOP) {
          lines.add(line);
        }
        everything.append("%d\t%.2f\t%.3f\t%s%n".formatted(line.calls(), line.millis(), line.millis() / Math.max(line.calls(), 1),
            rs.getString(1).replaceAll("\\s+", " ").strip()));
      }
    }
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(scenario.replaceAll("[^\\p{L}\\p{N}]+", "-") + ".tsv"), everything);
    return new Top(calls, total, transactions, lines);
  }

  /** The statement on one line, cut to a length a report can show. */
  static String shortened(String statement) {
    String line = statement.replaceAll("\\s+", " ").strip().replace('`', '\'');
    return line.length() <= 120 ? line : line.substring(0, 117) + "...";
  }

  @Override
  public void close() throws SQLException {
    sql.close();
  }
}
