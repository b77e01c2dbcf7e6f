package org.yiwang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.yiwang.YiwangApplication;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.support.TestDatabases;

/**
 * A node started again keeps its search index: it answers from it as soon as it is ready and brings
 * it up to date in the background with what was published while it was down.
 */
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexRestartIntegrationTests {

  private static final String WORD = "鲅鱼圈渔港码头";

  private static ConfigurableApplicationContext start(Map<String, Object> database) {
    var properties = new java.util.HashMap<>(database);
    properties.put("server.port", "0");
    return new SpringApplicationBuilder(YiwangApplication.class).profiles("demo").run(TestDatabases.arguments(properties));
  }

  @Test
  void aKeptIndexAnswersAtOnceAndTakesInWhatWasPublishedWhileTheNodeWasDown(CapturedOutput output) throws Exception {
    Map<String, Object> database = TestDatabases.isolated("searchrestart");
    String code;
    long foodHits;
    try (var first = start(database)) {
      foodHits = first.getBean(ServiceCatalog.class).search(query("食品")).total();
      // another node publishes while this one is down
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      code = jdbc.sql("select code from service_item where published_version is not null order by code limit 1").query(String.class).single();
      AnotherNodesPublication.of(jdbc, code, WORD);
    }

    try (var second = start(database)) {
      ServiceCatalog catalog = second.getBean(ServiceCatalog.class);
      assertThat(catalog.search(query("食品")).total()).as("the kept index answers once the node is ready").isEqualTo(foodHits);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      List<String> found = codesFound(catalog);
      while (found.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        found = codesFound(catalog);
      }
      assertThat(found).as("the version published while the node was down").containsExactly(code);
    }
    // built once, by the first start; the second start's comparison ran after ready, off the main thread
    assertThat(output.getOut().split("Search index rebuilt", -1)).as("rebuilds").hasSize(2);
    assertThat(output.getOut().lines().filter(line -> line.contains("Search index reconciled: 1 items re-indexed")))
        .singleElement().asString().doesNotContainPattern("\\[\\s*main\\]");
  }

  private static ItemQuery query(String text) {
    return new ItemQuery(text, null, null, 0, 20);
  }

  private static List<String> codesFound(ServiceCatalog catalog) {
    return catalog.search(query(WORD)).hits().stream().map(h -> h.item().code()).toList();
  }
}
