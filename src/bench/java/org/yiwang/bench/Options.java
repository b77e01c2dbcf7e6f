package org.yiwang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The runner's options. Nonsense (a negative count, an unknown scenario, a missing jar) is refused
 * with a message that says what is wrong and what is allowed.
 */
record Options(
    int clients,
    int pageClients,
    int readClients,
    double warmUpSeconds,
    double seconds,
    int items,
    long cases,
    int seed,
    Set<String> scenarios,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    Path java,
    Path jar,
    Path workDir,
    String heap,
    double offeredLoad,
    int pageRate,
    boolean smoke) {

  static final List<String> SCENARIOS = List.of("P1", "P2", "P3", "P4", "P5", "P6", "P7");

  static final String USAGE =
      """
      Yiwang benchmark runner: starts the application against PostgreSQL and drives it over loopback HTTP.
        --clients N          concurrent clients for P1 and P2 (default 64)
        --page-clients N     concurrent clients for P4 (default 200)
        --read-clients N     concurrent clients for P3 and P5 (default 16)
        --warmup S           seconds of warm-up per scenario, not measured (default 5)
        --duration S         measured seconds per scenario (default 20)
        --items N            published items in the province (default 100000)
        --cases N            generated completed cases (default 1000000; 10000000 on request)
        --seed N             generator seed, 0-99 (default 42)
        --scenarios LIST     any of P1,P2,P3,P4,P5,P6,P7 (default all)
        --jdbc-url URL       an existing PostgreSQL (default: an embedded one under the work directory)
        --jdbc-user U / --jdbc-password P
        --java PATH          the java that runs the application (default: this one), e.g. a JDK 25
        --jar PATH           the application (default target/yiwang.jar)
        --work-dir PATH      data, logs and the embedded database (default target/bench); kept, so a second
                             run reuses the generated province
        --heap SIZE          the application's -Xmx (default 512m)
        --offered-load F     P3 and P5 again as an open loop at this fraction of the rate their closed loop reached,
                             latency counted from when each request was due (default 0.5; 0 = not run)
        --page-rate N        P4 again as an open loop at N pages/s (default 3000, the target; 0 = not run)
        --smoke              seconds, not minutes: a small province, few clients (what CI runs)
      """;

  static Options defaults() {
    return new Options(64, 200, 16, 5, 20, 100_000, 1_000_000, 42, new LinkedHashSet<>(SCENARIOS), null, "postgres", "",
        Path.of(System.getProperty("java.home"), "bin", "java"), Path.of("target", "yiwang.jar"), Path.of("target", "bench"), "512m", 0.5, 3000, false);
  }

  static Options smoke(Path workDir) {
    return new Options(4, 8, 4, 1, 3, 1_400, 3_000, 42, new LinkedHashSet<>(SCENARIOS), null, "postgres", "",
        Path.of(System.getProperty("java.home"), "bin", "java"), Path.of("target", "yiwang.jar"), workDir, "512m", 0.5, 20, true);
  }

  static Options parse(String... args) {
    List<String> list = new ArrayList<>(List.of(args));
    boolean smoke = list.remove("--smoke");
    java.util.Map<String, String> given = new java.util.HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String name = list.get(i);
      if (name.equals("--help") || name.equals("-h")) {
        throw new IllegalArgumentException("");
      }
      if (!OPTIONS.contains(name)) {
        throw new IllegalArgumentException("unknown option '" + name + "'");
      }
      if (i + 1 >= list.size()) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      given.put(name, list.get(++i));
    }
    Options d = smoke ? smoke(defaults().workDir().resolve("smoke")) : defaults();
    String jdbcUrl = given.get("--jdbc-url");
    if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL URL (jdbc:postgresql://host:port/database), not '" + jdbcUrl + "'");
    }
    String heap = given.getOrDefault("--heap", d.heap());
    if (!heap.matches("[1-9][0-9]*[mMgG]")) {
      throw new IllegalArgumentException("--heap is a size like 512m or 2g, not '" + heap + "'");
    }
    return new Options(
        given.containsKey("--clients") ? (int) range("--clients", given.get("--clients"), 1, 4096) : d.clients(),
        given.containsKey("--page-clients") ? (int) range("--page-clients", given.get("--page-clients"), 1, 4096) : d.pageClients(),
        given.containsKey("--read-clients") ? (int) range("--read-clients", given.get("--read-clients"), 1, 4096) : d.readClients(),
        given.containsKey("--warmup") ? seconds("--warmup", given.get("--warmup"), true) : d.warmUpSeconds(),
        given.containsKey("--duration") ? seconds("--duration", given.get("--duration"), false) : d.seconds(),
        given.containsKey("--items") ? (int) range("--items", given.get("--items"), 1_400, 150_000) : d.items(),
        given.containsKey("--cases") ? range("--cases", given.get("--cases"), 1_000, 50_000_000) : d.cases(),
        given.containsKey("--seed") ? (int) range("--seed", given.get("--seed"), 0, 99) : d.seed(),
        given.containsKey("--scenarios") ? scenarios(given.get("--scenarios")) : d.scenarios(),
        jdbcUrl,
        given.getOrDefault("--jdbc-user", d.jdbcUser()),
        given.getOrDefault("--jdbc-password", d.jdbcPassword()),
        given.containsKey("--java") ? Path.of(given.get("--java")) : d.java(),
        given.containsKey("--jar") ? Path.of(given.get("--jar")) : d.jar(),
        given.containsKey("--work-dir") ? Path.of(given.get("--work-dir")) : d.workDir(),
        heap,
        given.containsKey("--offered-load") ? fraction("--offered-load", given.get("--offered-load")) : d.offeredLoad(),
        given.containsKey("--page-rate") ? (int) range("--page-rate", given.get("--page-rate"), 0, 1_000_000) : d.pageRate(),
        smoke)
        .checked();
  }

  private static final Set<String> OPTIONS = Set.of(
      "--clients", "--page-clients", "--read-clients", "--warmup", "--duration", "--items", "--cases", "--seed", "--scenarios",
      "--jdbc-url", "--jdbc-user", "--jdbc-password", "--java", "--jar", "--work-dir", "--heap", "--offered-load", "--page-rate");

  Options checked() {
    if (!Files.isExecutable(java)) {
      throw new IllegalArgumentException("--java: no executable java at " + java);
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("--jar: no application at " + jar + " (build it first: ./mvnw -DskipTests package)");
    }
    return this;
  }

  private static long range(String name, String value, long min, long max) {
    long n;
    try {
      n = Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + n);
    }
    return n;
  }

  private static double seconds(String name, String value, boolean zeroAllowed) {
    double s;
    try {
      s = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is a number of seconds, not '" + value + "'");
    }
    if (Double.isNaN(s) || s > 3600 || (zeroAllowed ? s < 0 : s <= 0)) {
      throw new IllegalArgumentException(name + " must be " + (zeroAllowed ? "0" : "more than 0") + " to 3600 seconds, not " + value);
    }
    return s;
  }

  private static double fraction(String name, String value) {
    double f;
    try {
      f = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is a fraction like 0.5, not '" + value + "'");
    }
    if (Double.isNaN(f) || f < 0 || f >= 1) {
      throw new IllegalArgumentException(name + " must be at least 0 and below 1 (a fraction of the closed loop's rate), not " + value);
    }
    return f;
  }

  private static Set<String> scenarios(String value) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String s : value.toUpperCase().split(",")) {
      if (!SCENARIOS.contains(s.strip())) {
        throw new IllegalArgumentException("--scenarios: unknown scenario '" + s.strip() + "' (known: " + String.join(",", SCENARIOS) + ")");
      }
      chosen.add(s.strip());
    }
    return chosen;
  }
}
