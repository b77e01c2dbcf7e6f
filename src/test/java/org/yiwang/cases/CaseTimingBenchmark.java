package org.yiwang.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yiwang.support.ApiClient;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;
import org.yiwang.support.TestDatabases;

/**
 * How long one submission and one task completion take for a single client over loopback HTTP,
 * median of many, with a baseline from the same run: an authenticated {@code GET /api/v1/me}.
 * Prints figures; asserts nothing about time. Run it on purpose (not part of {@code verify}):
 * {@code ./mvnw verify -Dit.test=CaseTimingBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class CaseTimingBenchmark extends DatabaseProperties {

  static final int WARM_UP = 30;
  static final int RUNS = 200;

  @LocalServerPort int port;

  @Test
  void submissionAndTaskCompletion() {
    var api = new ApiClient(port);
    byte[] pdf = CaseFixtures.pdf("材料");
    List<Long> baseline = new ArrayList<>();
    List<Long> create = new ArrayList<>();
    List<Long> submit = new ArrayList<>();
    List<Long> accept = new ArrayList<>();
    for (int i = 0; i < WARM_UP + RUNS; i++) {
      boolean measured = i >= WARM_UP;
      long t0 = System.nanoTime();
      api.get("citizen", "/api/v1/me");
      long t1 = System.nanoTime();
      String id =
          api.post("citizen", "/api/v1/cases",
                  "{\"itemCode\":\"%s\",\"situationCode\":\"new\",\"form\":%s}".formatted(CaseFixtures.FOOD_LICENCE, CaseFixtures.foodForm()),
                  Map.of("Idempotency-Key", "bench-create-" + i))
              .string("$.id");
      long t2 = System.nanoTime();
      for (String m : List.of("m1", "m2", "m3", "m4", "m5", "m6")) {
        api.upload("citizen", "/api/v1/cases/" + id + "/materials", Map.of("materialCode", m), m + ".pdf", pdf);
      }
      long t3 = System.nanoTime();
      var submitted = api.post("citizen", "/api/v1/cases/" + id + "/submit", null, Map.of("Idempotency-Key", "bench-submit-" + i));
      long t4 = System.nanoTime();
      if (submitted.status() != 200) {
        throw new IllegalStateException(submitted.body());
      }
      List<String> tasks = api.get("scjgj.window", "/api/v1/tasks?size=1&kind=ACCEPTANCE").json("$[*].id");
      String task = tasks.get(0);
      long t5 = System.nanoTime();
      var done = api.post("scjgj.window", "/api/v1/tasks/" + task + "/complete", "{\"action\":\"ACCEPT\",\"opinion\":\"受理\"}");
      long t6 = System.nanoTime();
      if (done.status() != 200) {
        throw new IllegalStateException(done.body());
      }
      if (measured) {
        baseline.add(t1 - t0);
        create.add(t2 - t1);
        submit.add(t4 - t3);
        accept.add(t6 - t5);
      }
    }
    System.out.printf(
        "%n[benchmark] cases on %s, single client, %d runs after %d warm-up%n", TestDatabases.kind(), RUNS, WARM_UP);
    report("baseline GET /api/v1/me", baseline, baseline);
    report("create a draft (POST /cases)", create, baseline);
    report("submit (validation, process start, acceptance task)", submit, baseline);
    report("complete a task (ACCEPT)", accept, baseline);
  }

  private static void report(String what, List<Long> nanos, List<Long> baseline) {
    double median = percentile(nanos, 50);
    System.out.printf(
        "[benchmark] %-52s median %6.2f ms  p95 %6.2f ms  ratio to baseline %5.1f%n",
        what, median, percentile(nanos, 95), median / percentile(baseline, 50));
  }

  private static double percentile(List<Long> nanos, int p) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1_000_000.0;
  }
}
