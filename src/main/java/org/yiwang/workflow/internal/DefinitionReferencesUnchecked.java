package org.yiwang.workflow.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.yiwang.shared.db.Dialect;

/**
 * Removes the foreign keys from the engine's running executions and tasks to their process
 * definition ({@code ACT_RU_EXECUTION.PROC_DEF_ID_}, {@code ACT_RU_TASK.PROC_DEF_ID_}), which the
 * engine's schema creates and the engine itself keeps true.
 *
 * <p>PostgreSQL checks a foreign key by locking the row it points to ({@code FOR KEY SHARE}) until the
 * transaction ends. Every case started for an item and every task created in it pointed to the same
 * row of {@code ACT_RE_PROCDEF}: the submissions and steps of one popular item all locked that one row,
 * and each time another transaction joined its lockers PostgreSQL made a new multixact holding all of
 * them (a write to the multixact store under a lock the whole database shares, and a WAL record). The
 * benchmark's P1 made about two multixacts a submission with them, one without. At its 8 connections
 * the inserts took no measurably less time; the cost of such a row grows with the transactions that
 * share it, and a province's nodes share one database. A definition is never deleted (each item
 * version deploys its own, kept for its cases), so nothing is lost that the engine does not already
 * hold to; Flowable's upgrade scripts name these keys only in the one from 5.10 to 5.11.
 *
 * <p>Run after the engine has built or checked its schema, at each start: a database made before this
 * or a schema the engine creates anew loses them too. The catalogue is read first, so a start where
 * they are gone already takes no lock on the engine's tables. Dropping a key locks the engine's
 * tables: on PostgreSQL it waits five seconds at most for a long transaction of another node, and a
 * key it could not drop is left for the next start with a warning (the key costs speed, not
 * correctness); two nodes starting at once both drop it "if exists".
 */
@Component
class DefinitionReferencesUnchecked implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DefinitionReferencesUnchecked.class);

  /** The engine's tables whose rows point to their process definition, as its schema names them. */
  private static final List<String> TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK");

  private static final String DEFINITIONS = "ACT_RE_PROCDEF";

  private final DataSource dataSource;
  private final Dialect dialect;

  // the engine's bean: its schema is built (or checked) before this runs
  DefinitionReferencesUnchecked(DataSource dataSource, Dialect dialect, ProcessEngine engine) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (String table : TABLES) {
      for (String key : keysToDefinitions(table)) {
        drop(table, key);
      }
    }
  }

  private void drop(String table, String key) {
    // one transaction of its own, so that the lock timeout is the drop's alone; a failure rolls it back
    // as the connection closes (autocommit off)
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      if (dialect.postgres()) {
        s.execute("set local lock_timeout = '5s'");
      }
      s.execute("alter table " + table + " drop constraint if exists " + key);
      c.commit();
      log.info("Dropped the engine's foreign key {} of {} to its process definition", key, table);
    } catch (SQLException e) {
      log.warn("Could not drop the engine's foreign key {} of {} (tried again at the next start): {}", key, table, e.getMessage());
    }
  }

  /** The names of {@code table}'s foreign keys to the process definitions, as the catalogue holds them. */
  List<String> keysToDefinitions(String table) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      // PostgreSQL keeps unquoted names in lower case, H2 in upper case
      String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table.toUpperCase(Locale.ROOT);
      List<String> keys = new ArrayList<>();
      try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), name)) {
        while (rs.next()) {
          if (rs.getString("PKTABLE_NAME").equalsIgnoreCase(DEFINITIONS) && !keys.contains(rs.getString("FK_NAME"))) {
            keys.add(rs.getString("FK_NAME"));
          }
        }
      }
      return keys;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the foreign keys of " + table, e);
    }
  }
}
