package org.yiwang.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.springframework.util.FileSystemUtils;

/**
 * The application as its own process ({@code java -jar target/yiwang.jar}, or archived: see
 * {@link Launch}), on the JDK and heap the
 * options give, against the benchmark's database: so its start-up and memory are its own, and a
 * JDK 25 run needs nothing but {@code --java}.
 */
final class AppProcess implements AutoCloseable {

  private final Process process;
  private final int port;
  private final long startedNanos;
  private final Path java;
  private final Deque<String> lastLines = new ArrayDeque<>();
  private double readySeconds = Double.NaN;
  private static final String STARTUP_AUDIT_DONE = "Catalogue audit: ";
  private volatile boolean startupAuditDone;

  private AppProcess(Process process, int port, long startedNanos, Path java) {
    this.process = process;
    this.port = port;
    this.startedNanos = startedNanos;
    this.java = java;
  }

  /**
   * How the application's JVM is launched: the fat jar as built, or as Spring Boot advises for
   * production: extracted, with the classes of a training start archived (CDS on JDK 17 to 24, the
   * ahead-of-time cache of JEP 483/515 on JDK 25+), which the JVM then maps instead of loading.
   */
  enum Launch { JAR, ARCHIVED }

  /** Starts the fat jar; {@code echo} copies its {@code [scale]} progress lines to the console. */
  static AppProcess start(Options options, String name, String jdbcUrl, Path dataDir, List<String> extra, boolean echo) throws Exception {
    return start(options, options.heap(), Launch.JAR, name, jdbcUrl, dataDir, extra, echo);
  }

  static AppProcess start(
      Options options, String heap, Launch launch, String name, String jdbcUrl, Path dataDir, List<String> extra, boolean echo)
      throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(options.java().toString(), "-Xmx" + heap, temporaryFiles(options)));
    command.addAll(launch == Launch.ARCHIVED ? archived(options, heap, jdbcUrl, dataDir) : List.of("-jar", options.jar().toAbsolutePath().toString()));
    command.addAll(arguments(options, port, jdbcUrl, dataDir));
    command.addAll(extra);
    Files.createDirectories(options.workDir().resolve("logs"));
    Path log = options.workDir().resolve("logs").resolve(name + ".log");
    long started = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var app = new AppProcess(process, port, started, options.java());
    Thread pump = new Thread(() -> app.pump(log, echo), "app-output-" + name);
    pump.setDaemon(true);
    pump.start();
    return app;
  }

  /**
   * The application's temporary files (Tomcat's work and document directories, one pair a start) in
   * the work directory, not the machine's: every run left its starts' directories in /tmp.
   */
  private static String temporaryFiles(Options options) throws IOException {
    return "-Djava.io.tmpdir=" + Files.createDirectories(options.workDir().resolve("tmp")).toAbsolutePath();
  }

  private static List<String> arguments(Options options, int port, String jdbcUrl, Path dataDir) {
    var arguments = new ArrayList<>(List.of(
        "--server.port=" + port,
        "--spring.profiles.active=postgres,demo",
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + options.jdbcUser(),
        "--spring.datasource.password=" + options.jdbcPassword(),
        "--yiwang.data-dir=" + dataDir.toAbsolutePath(),
        "--yiwang.supervision.first-check=PT1H",
        "--server.servlet.session.cookie.secure=false"));
    arguments.addAll(ServerTimes.ARGUMENTS);
    return arguments;
  }

  /**
   * The JVM options that launch the extracted application with its archive, extracting and training
   * first when this jar and JDK have none yet (kept in the work directory: once per build that changes the jar's content).
   */
  private static List<String> archived(Options options, String heap, String jdbcUrl, Path dataDir) throws Exception {
    Path jar = options.jar().toAbsolutePath();
    int feature = featureVersion(options.java());
    Path dir = options.workDir().resolve("launch").resolve("jdk" + feature + "-" + contentKey(jar));
    Path extracted = dir.resolve(jar.getFileName());
    boolean aotCache = feature >= 25;
    Path archive = dir.resolve(aotCache ? "yiwang.aot" : "yiwang.jsa");
    if (!Files.exists(archive)) {
      pruneOtherBuilds(dir);
      System.out.printf("Archiving the application's classes for JDK %d (once per build: extract, then a training start) ...%n", feature);
      run(List.of(options.java().toString(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination", dir.toString()),
          options.workDir().resolve("logs").resolve("extract.log"));
      List<String> training = new ArrayList<>(List.of(options.java().toString(), "-Xmx" + heap, temporaryFiles(options),
          aotCache ? "-XX:AOTCacheOutput=" + archive : "-XX:ArchiveClassesAtExit=" + archive,
          "-Dspring.context.exit=onRefresh", "-jar", extracted.toString()));
      training.addAll(arguments(options, 0, jdbcUrl, dataDir));
      run(training, options.workDir().resolve("logs").resolve("training.log"));
      if (!Files.exists(archive)) {
        throw new IllegalStateException("the training start wrote no archive at " + archive + " (see logs/training.log)");
      }
    }
    return List.of(aotCache ? "-XX:AOTCache=" + archive : "-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString());
  }

  /** Each build's extracted jar and archive take some 600 MB: only the newest build's are kept per JDK. */
  private static void pruneOtherBuilds(Path keep) throws IOException {
    if (!Files.isDirectory(keep.getParent())) {
      return;
    }
    String jdk = keep.getFileName().toString().replaceAll("-.*", "-");
    try (var builds = Files.list(keep.getParent())) {
      for (Path other : builds.filter(d -> d.getFileName().toString().startsWith(jdk) && !d.equals(keep)).toList()) {
        FileSystemUtils.deleteRecursively(other);
      }
    }
  }

  /**
   * What the jar holds (each entry's name, size and CRC), not when it was packaged: the bench profile
   * packages the jar on every run, and an unchanged build keeps its archive.
   */
  private static String contentKey(Path jar) throws Exception {
    var digest = MessageDigest.getInstance("SHA-256");
    try (var zip = new ZipFile(jar.toFile())) {
      zip.stream().forEach(e -> digest.update((e.getName() + ':' + e.getSize() + ':' + e.getCrc() + '\n').getBytes(StandardCharsets.UTF_8)));
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  private static void run(List<String> command, Path log) throws Exception {
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("did not finish within 10 minutes: " + String.join(" ", command));
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("failed (exit " + process.exitValue() + ", see " + log + "): " + String.join(" ", command));
    }
  }

  /** The feature version (17, 25, ...) of the JDK a java executable belongs to, from its release file. */
  static int featureVersion(Path java) throws IOException {
    Path release = java.toRealPath().getParent().getParent().resolve("release");
    for (String line : Files.readAllLines(release)) {
      if (line.startsWith("JAVA_VERSION=")) {
        String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
        return Integer.parseInt(version.split("[.+-]")[0]);
      }
    }
    throw new IllegalStateException("no JAVA_VERSION in " + release);
  }

  private void pump(Path log, boolean echo) {
    try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.println(line);
        synchronized (lastLines) {
          lastLines.addLast(line);
          if (lastLines.size() > 40) {
            lastLines.removeFirst();
          }
        }
        if (line.contains(STARTUP_AUDIT_DONE)) {
          startupAuditDone = true;
        }
        if (echo && (line.startsWith("[scale]") || line.contains("Scale data:"))) {
          System.out.println("  app: " + line.substring(Math.max(0, line.indexOf("[scale]") >= 0 ? line.indexOf("[scale]") : line.indexOf("Scale data:"))));
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** Waits until the application reports ready (readiness probe), or fails with its last words. */
  AppProcess awaitReady(Duration timeout) throws Exception {
    var http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped while starting:\n" + lastWords());
      }
      try {
        var response = http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          readySeconds = (System.nanoTime() - startedNanos) / 1e9;
          return this;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the application was not ready within " + timeout + ":\n" + lastWords());
  }

  /**
   * Waits until the catalogue audit a start runs in the background has finished (its log line): a
   * province's audit reads all items for minutes under load, and a scenario measured meanwhile
   * would measure the start, not the steady state. Returns the seconds waited.
   */
  double awaitStartupWork(Duration timeout) throws Exception {
    long from = System.nanoTime();
    long deadline = from + timeout.toNanos();
    while (!startupAuditDone) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the catalogue audit at start did not finish within " + timeout + ":\n" + lastWords());
      }
      Thread.sleep(200);
    }
    return (System.nanoTime() - from) / 1e9;
  }

  double readySeconds() {
    return readySeconds;
  }

  /** Heap in use after a full collection, in MB: what the application really keeps. */
  double heapAfterGcMb() throws Exception {
    Path jcmd = java.getParent().resolve("jcmd");
    new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
    return heapUsedMb();
  }

  /** Heap in use now, in MB, from the application's own metrics (only that one: a whole scrape costs the measured run CPU). */
  double heapUsedMb() throws Exception {
    var response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus?includedNames=jvm_memory_used_bytes")).build(), HttpResponse.BodyHandlers.ofString());
    double bytes = 0;
    for (String line : response.body().split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return bytes / (1024 * 1024);
  }

  /** Resident memory of the process, in MB. */
  double rssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  String lastWords() {
    synchronized (lastLines) {
      return String.join("\n", lastLines);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
