package org.yiwang.scale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

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

  private final ScaleOptions options;
  private final ProvinceCatalogue catalogue;
  private final CaseHistories histories;

  ScaleDataGenerator(ScaleOptions options, ProvinceCatalogue catalogue, CaseHistories histories) {
    this.options = options;
    this.catalogue = catalogue;
    this.histories = histories;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    long started = System.nanoTime();
    log.info("Scale data: {} items, {} cases, seed {}", options.items(), options.cases(), options.seed());
    int items = catalogue.generate(options.items(), options.seed());
    long itemsDone = System.nanoTime();
    long cases = histories.generate(options.cases(), options.seed());
    log.info(
        "Scale data: {} items added in {} s, {} cases added in {} s",
        items, (itemsDone - started) / 1_000_000_000, cases, (System.nanoTime() - itemsDone) / 1_000_000_000);
  }
}
