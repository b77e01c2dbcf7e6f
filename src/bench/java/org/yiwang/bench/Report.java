package org.yiwang.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yiwang.license.internal.SigningRates;

/** What a run measured, as Markdown tables for {@code docs/benchmarks.md}. */
final class Report {

  record Row(String id, String what, Load.Result result, Load.Result baseline, String baselineWhat) {}

  record Startup(String what, double readySeconds, double heapMb, double rssMb) {}

  private final Options options;
  private final List<Row> rows = new ArrayList<>();
  private final List<Startup> startups = new ArrayList<>();
  private final Map<String, List<String>> notes = new LinkedHashMap<>();
  private SigningRates.Rates signing;
  private double generationSeconds = Double.NaN;
  private String sizes = "";
  private final Map<String, MachineSpeed.Probe> speeds = new LinkedHashMap<>();

  Report(Options options) {
    this.options = options;
  }

  void scenario(String id, String what, Load.Result result, Load.Result baseline, String baselineWhat) {
    rows.add(new Row(id, what, result, baseline, baselineWhat));
    System.out.printf("%s %-60s %9.1f/s  p50 %7.2f  p99 %8.2f ms  errors %d  | baseline %9.1f/s p50 %7.2f p99 %8.2f ms%n",
        id, what, result.perSecond(), result.percentileMillis(50), result.percentileMillis(99), result.errors(),
        baseline.perSecond(), baseline.percentileMillis(50), baseline.percentileMillis(99));
    if (result.firstError() != null) {
      System.out.println("   first error: " + result.firstError());
    }
    String name = what.replaceAll(" \\(.*", "");
    if (result.cpu() != null) {
      note(id, "CPU (%s): %s; baseline: %s".formatted(name, result.cpu().perOperation(result.operations()),
          baseline.cpu() == null ? "not measured" : baseline.cpu().perOperation(baseline.operations())));
      if (!Double.isNaN(result.probeCpuMillis()) && result.operations() > 0) {
        // the CPU an operation costs in units of the probe's work, measured in the same window: a
        // slower hour makes both dearer, a cheaper change only the operation
        note(id, "the speed probe during it: %.1f ms of CPU a unit; per operation application %.3f, database %.3f units".formatted(
            result.probeCpuMillis(), result.cpu().appMillis() / result.operations() / result.probeCpuMillis(),
            result.cpu().databaseMillis() / result.operations() / result.probeCpuMillis()));
      }
    }
    if (result.statements() != null) {
      note(id, "%s: %s".formatted(name, result.statements().perOperation(result.operations())));
    }
    if (result.server() != null) {
      note(id, "the application's own time (%s): %s".formatted(name, result.server().summary()));
    }
  }

  void note(String id, String text) {
    notes.computeIfAbsent(id, k -> new ArrayList<>()).add(text);
    System.out.println(id + " " + text);
  }

  void startup(String what, double seconds, double heapMb, double rssMb) {
    startups.add(new Startup(what, seconds, heapMb, rssMb));
    System.out.printf("P7 %s: ready in %.1f s, heap after GC %.0f MB, RSS %.0f MB%n", what, seconds, heapMb, rssMb);
  }

  void signing(SigningRates.Rates rates) {
    this.signing = rates;
    System.out.printf("P6 SM3withSM2 sign %.0f/s, verify %.0f/s per core (P-256: %.0f/s, %.0f/s)%n",
        rates.sm2Sign(), rates.sm2Verify(), rates.p256Sign(), rates.p256Verify());
  }

  void speed(String when, MachineSpeed.Probe probe) {
    speeds.put(when, probe);
    System.out.println("Machine speed " + when + ": " + probe.describe());
  }

  void generation(double seconds) {
    generationSeconds = seconds;
  }

  void sizes(long items, long cases, long tasks, long licenses) {
    sizes = "%,d published items, %,d cases, %,d finished tasks, %,d e-licenses".formatted(items, cases, tasks, licenses);
    System.out.println("Database: " + sizes);
  }

  List<Row> rows() {
    return rows;
  }

  List<Startup> startups() {
    return startups;
  }

  SigningRates.Rates signingRates() {
    return signing;
  }

  String markdown() {
    var md = new StringBuilder();
    md.append("### Run on JDK %s, %s, %s clients (pages %d, reads %d), %.0f s measured after %.0f s warm-up%n%n"
        .formatted(Runtime.version(), System.getProperty("os.arch"), options.clients(), options.pageClients(), options.readClients(),
            options.seconds(), options.warmUpSeconds()));
    md.append("Application: `%s -Xmx%s`; database: %s. %s%n%n".formatted(options.java(), options.heap(),
        options.jdbcUrl() == null ? "embedded PostgreSQL 17 (fsync and synchronous_commit on)" : options.jdbcUrl(), sizes));
    if (!speeds.isEmpty()) {
      // the same work on the same machine: its CPU time is what to scale a run's CPU per operation by
      md.append("Machine speed (one thread of the load generator once the machine is quiet, or after a minute, a second in a smoke run; the same fixed work: SHA-256 of 4 MiB, "
          + "a sort of 200,000 numbers, a hash map of 100,000 strings): ");
      var parts = new ArrayList<String>();
      speeds.forEach((when, p) -> parts.add("%s %.1f ms of CPU (%.1f wall%s)".formatted(when, p.cpuMillis(), p.wallMillis(),
          Double.isNaN(p.busyBefore()) ? "" : ", machine %.0f %% busy before".formatted(100 * p.busyBefore()))));
      md.append(String.join(", ", parts)).append(".\n\n");
    }
    if (!Double.isNaN(generationSeconds)) {
      md.append("Province generation (or the check that it is there): %.0f s.%n%n".formatted(generationSeconds));
    }
    if (!rows.isEmpty()) {
      md.append("| scenario | what | ops/s | p50 ms | p95 ms | p99 ms | max ms | errors | baseline ops/s | baseline p50 ms | baseline p99 ms | throughput ratio | p50 ratio |\n");
      md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
      for (Row r : rows) {
        md.append("| %s | %s | %,.1f | %.2f | %.2f | %.2f | %.1f | %d | %,.1f | %.2f | %.2f | %.2f | %.2f |%n".formatted(
            r.id(), r.what(), r.result().perSecond(), r.result().percentileMillis(50), r.result().percentileMillis(95),
            r.result().percentileMillis(99), r.result().maxMillis(), r.result().errors(), r.baseline().perSecond(),
            r.baseline().percentileMillis(50), r.baseline().percentileMillis(99), r.result().perSecond() / r.baseline().perSecond(),
            r.result().percentileMillis(50) / r.baseline().percentileMillis(50)));
      }
      md.append("\nRows marked \"offered\" are open loops: requests due at that rate whoever is free, each timed from when it was due.\n");
      md.append("\nBaselines: ");
      rows.stream().map(r -> r.id() + ": " + r.baselineWhat()).distinct().forEach(b -> md.append(b).append("; "));
      md.append("\n\n");
    }
    notes.forEach((id, list) -> list.forEach(n -> md.append("- ").append(id).append(": ").append(n).append('\n')));
    if (!startups.isEmpty()) {
      md.append("\n| P7 start | ready after | heap after GC | RSS |\n|---|---|---|---|\n");
      for (Startup s : startups) {
        md.append("| %s | %.1f s | %.0f MB | %.0f MB |%n".formatted(s.what(), s.readySeconds(), s.heapMb(), s.rssMb()));
      }
    }
    if (signing != null) {
      md.append("\n| P6 per core | per second | ratio to JDK P-256 |\n|---|---|---|\n");
      md.append("| SM3withSM2 sign | %,.0f | %.2f |%n".formatted(signing.sm2Sign(), signing.sm2Sign() / signing.p256Sign()));
      md.append("| SM3withSM2 verify | %,.0f | %.2f |%n".formatted(signing.sm2Verify(), signing.sm2Verify() / signing.p256Verify()));
      md.append("| baseline P-256 sign / verify | %,.0f / %,.0f | 1.00 |%n".formatted(signing.p256Sign(), signing.p256Verify()));
    }
    return md.toString();
  }
}
