package org.yiwang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark scenario at smoke size (a small province, a few clients, seconds each), so the
 * runner cannot rot: each scenario and its baseline must do real work without a single error.
 * Nothing is asserted about time. Runs with the PostgreSQL suite, after the jar is packaged.
 */
class BenchmarkSmokeIntegrationTests {

  @Test
  void everyScenarioRunsAtSmokeSize() throws Exception {
    var workDir = Files.createTempDirectory("yiwang-bench-smoke");
    Report report;
    try {
      report = new BenchmarkRunner(Options.smoke(workDir).checked()).run();
    } finally {
      // the extracted application and its class archive are some 300 MB
      BenchmarkRunner.deleteTree(workDir);
    }
    System.out.println(report.markdown());

    assertThat(report.rows()).extracting(Report.Row::id).contains("P1", "P2", "P3", "P4", "P5");
    // P5's four reads, and P3, P4 and P5 again as open loops at a rate (their latency at that load)
    assertThat(report.rows()).filteredOn(r -> r.id().equals("P5")).hasSize(8);
    // P4's guide page, then the portal's entrance and figures page (sums over the whole catalogue)
    assertThat(report.rows()).filteredOn(r -> r.id().equals("P4") && !r.result().openLoop()).extracting(Report.Row::what)
        .hasSize(2).last().asString().startsWith("the home page and the figures page");
    assertThat(report.rows()).filteredOn(r -> r.result().openLoop()).extracting(Report.Row::id)
        .containsExactly("P3", "P4", "P5", "P5", "P5", "P5");
    assertThat(report.rows()).filteredOn(r -> r.result().openLoop())
        .allSatisfy(r -> assertThat(r.baseline().offered()).as(r.what()).isEqualTo(r.result().offered()));
    for (Report.Row row : report.rows()) {
      assertThat(row.result().errors()).as(row.id() + " " + row.what() + ": " + row.result().firstError()).isZero();
      assertThat(row.result().operations()).as(row.id() + " " + row.what()).isPositive();
      assertThat(row.baseline().errors()).as(row.id() + " baseline: " + row.baseline().firstError()).isZero();
      assertThat(row.baseline().operations()).as(row.id() + " baseline").isPositive();
      assertThat(row.result().cpu()).as(row.id() + " CPU").isNotNull();
    }
    // the submissions' CPU is found on both sides: the application's process and PostgreSQL's
    Report.Row submission = report.rows().stream().filter(r -> r.id().equals("P1")).findFirst().orElseThrow();
    assertThat(submission.result().cpu().app()).isPositive();
    assertThat(submission.result().cpu().database()).isPositive();
    // and where the database spent that time, statement by statement
    assertThat(submission.result().statements().calls()).isPositive();
    assertThat(submission.result().statements().millis()).isPositive();
    assertThat(submission.result().statements().lines()).isNotEmpty();
    assertThat(report.rows()).allSatisfy(row -> assertThat(row.result().statements()).as(row.id() + " statements").isNotNull());
    // the machine's speed in each closed loop's window (never in an open loop's), and before the scenarios
    assertThat(submission.result().probeCpuMillis()).as("P1's speed probe").isPositive();
    assertThat(report.rows()).filteredOn(r -> r.result().openLoop()).allSatisfy(r -> assertThat(r.result().probeCpuMillis()).isNaN());
    String markdown = report.markdown();
    assertThat(markdown).containsPattern("Machine speed \\(.*before P1 \\d+\\.\\d ms of CPU");
    // the rows and the write-ahead log each submission and each pair wrote
    assertThat(markdown).containsPattern("P1: rows updated per submission \\(the same\\): \\d+\\.\\d in all");
    assertThat(markdown).containsPattern("P1: write-ahead log per submission \\(the same\\): \\d+\\.\\d records");
    assertThat(markdown).containsPattern("P2: write-ahead log per pair \\(the same\\): \\d+\\.\\d records");
    // and the application's own time for the requests, by route: the searches of P3 are all searches
    Report.Row search = report.rows().stream().filter(r -> r.id().equals("P3")).findFirst().orElseThrow();
    assertThat(search.result().server().byRoute()).containsOnlyKeys("GET /api/v1/items");
    assertThat(search.result().server().summary()).startsWith("GET /api/v1/items ");
    // the empty database, then the province as java -jar and as production runs it (extracted, archived)
    assertThat(report.startups()).extracting(Report.Startup::what)
        .containsExactly("empty database (first start: migrations, demo data)", "with the province (java -jar)",
            "with the province (extracted, classes archived: " + (Runtime.version().feature() >= 25 ? "AOT cache" : "CDS") + ")");
    assertThat(report.startups()).allSatisfy(s -> {
      assertThat(s.readySeconds()).isPositive();
      assertThat(s.heapMb()).isPositive();
    });
    assertThat(report.signingRates().sm2Sign()).isPositive();
    assertThat(report.signingRates().sm2Verify()).isPositive();
  }

  @Test
  void nonsenseParametersAreRefusedWithAMessage() {
    assertThatThrownBy(() -> Options.parse("--clients", "0")).hasMessageContaining("--clients must be between 1 and 4096");
    assertThatThrownBy(() -> Options.parse("--clients", "many")).hasMessageContaining("--clients must be a whole number");
    assertThatThrownBy(() -> Options.parse("--duration", "-3")).hasMessageContaining("--duration must be");
    assertThatThrownBy(() -> Options.parse("--scenarios", "P1,P9")).hasMessageContaining("unknown scenario 'P9'");
    assertThatThrownBy(() -> Options.parse("--cases", "10")).hasMessageContaining("--cases must be between");
    assertThatThrownBy(() -> Options.parse("--seed", "100")).hasMessageContaining("--seed must be between 0 and 99");
    assertThatThrownBy(() -> Options.parse("--jdbc-url", "mysql://x")).hasMessageContaining("PostgreSQL URL");
    assertThatThrownBy(() -> Options.parse("--heap", "lots")).hasMessageContaining("--heap");
    assertThatThrownBy(() -> Options.parse("--frobnicate", "1")).hasMessageContaining("unknown option '--frobnicate'");
    assertThatThrownBy(() -> Options.parse("--offered-load", "1.5")).hasMessageContaining("--offered-load must be at least 0 and below 1");
    assertThatThrownBy(() -> Options.parse("--offered-load", "half")).hasMessageContaining("--offered-load is a fraction");
    assertThatThrownBy(() -> Options.parse("--page-rate", "-1")).hasMessageContaining("--page-rate must be between 0 and");
    assertThatThrownBy(() -> Options.parse("--clients")).hasMessageContaining("--clients needs a value");
    assertThatThrownBy(() -> Options.parse("--jar", "/nowhere/yiwang.jar")).hasMessageContaining("no application at");
  }
}
