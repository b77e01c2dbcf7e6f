package org.yiwang.scale;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.yiwang.shared.db.Dialect;

/**
 * Generates the province data at start when {@code yiwang.scale.generate=true}, after the demo
 * data it is drawn from, before the search index and the quality audit are brought up to date.
 */
@Component
@Order(100)
@ConditionalOnBooleanProperty("yiwang.scale.generate")
@EnableConfigurationProperties(ScaleOptions.class)
class ScaleDataGenerator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);
  /** The tables the generator fills in bulk. */
  private static final List<String> LOADED =
      List.of("account", "service_item", "item_version", "application_case", "case_event", "case_material", "finished_task", "e_license");

  private final ScaleOptions options;
  private final ProvinceCatalogue catalogue;
  private final CaseHistories histories;
  private final JdbcTemplate jdbc;
  private final Dialect dialect;

  ScaleDataGenerator(ScaleOptions options, ProvinceCatalogue catalogue, CaseHistories histories, JdbcTemplate jdbc, Dialect dialect) {
    this.options = options;
    this.catalogue = catalogue;
    this.histories = histories;
    this.jdbc = jdbc;
    this.dialect = dialect;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    long started = System.nanoTime();
    log.info("Scale data: {} items, {} cases, seed {}", options.items(), options.cases(), options.seed());
    int items = catalogue.generate(options.items(), options.seed());
    long itemsDone = System.nanoTime();
    var added = histories.generate(options.cases(), options.seed());
    log.info(
        "Scale data: {} items added in {} s, {} cases and {} materials added in {} s",
        items, (itemsDone - started) / 1_000_000_000, added.cases(), added.materials(), (System.nanoTime() - itemsDone) / 1_000_000_000);
    if ((items > 0 || added.any()) && dialect.postgres()) {
      vacuum();
    }
  }

  /**
   * As after any bulk load: until a page is vacuumed, an index-only scan visits the table for every
   * entry on it (a deep page of my cases at 10 M cases made 12,785 such visits for 30,520 entries),
   * and autovacuum comes to millions of new rows only some time later.
   */
  private void vacuum() {
    long started = System.nanoTime();
    for (String table : LOADED) {
      jdbc.execute("vacuum (analyze) " + table);
    }
    log.info("Scale data: {} vacuumed in {} s", String.join(", ", LOADED), (System.nanoTime() - started) / 1_000_000_000);
  }
}
