package org.yiwang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The application's own time for its requests, by route: Micrometer's {@code http.server.requests}
 * histogram (the runner starts the application with {@link #ARGUMENTS}), read from
 * {@code /actuator/prometheus} as a window opens and as it closes. Beside the load generator's
 * latency it tells where a slow request spent its time: a tail the server also sees is the
 * server's; a tail only the client sees was spent before the server's filters ran (waiting for a
 * thread or a carrier, in the kernel's run queue, in the load generator).
 */
final class ServerTimes {

  /** The application's settings for a histogram fine enough for percentiles down to 0.1 ms. */
  static final List<String> ARGUMENTS = List.of(
      "--management.metrics.distribution.percentiles-histogram.http.server.requests=true",
      "--management.metrics.distribution.minimum-expected-value.http.server.requests=100us",
      "--management.metrics.distribution.maximum-expected-value.http.server.requests=60s");

  private static final Pattern BUCKET =
      Pattern.compile("^http_server_requests_seconds_bucket\\{(.*)} ([0-9.eE+-]+)$");
  private static final Pattern LABEL = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** Cumulative request counts by route ("GET /api/v1/items") and bucket bound in seconds. */
  record Counts(Map<String, TreeMap<Double, Double>> byRoute) {

    /** The requests of a window: this reading less an earlier one. */
    Counts since(Counts earlier) {
      Map<String, TreeMap<Double, Double>> delta = new TreeMap<>();
      byRoute.forEach((route, buckets) -> {
        var before = earlier.byRoute.getOrDefault(route, new TreeMap<>());
        var window = new TreeMap<Double, Double>();
        buckets.forEach((le, n) -> window.put(le, n - before.getOrDefault(le, 0.0)));
        if (window.lastEntry().getValue() > 0) {
          delta.put(route, window);
        }
      });
      return new Counts(delta);
    }

    /**
     * "GET /api/v1/items 5,000: p50 ≤ 1.6, p99 ≤ 8.4 ms" for each route with at least a twentieth of
     * the window's requests; a percentile is the upper bound of the bucket it falls in.
     */
    String summary() {
      double all = byRoute.values().stream().mapToDouble(b -> b.lastEntry().getValue()).sum();
      List<String> parts = new ArrayList<>();
      byRoute.forEach((route, buckets) -> {
        double n = buckets.lastEntry().getValue();
        if (n >= all / 20) {
          parts.add(String.format(Locale.ROOT, "%s %,.0f: p50 ≤ %s, p95 ≤ %s, p99 ≤ %s ms",
              route, n, bound(buckets, 0.50), bound(buckets, 0.95), bound(buckets, 0.99)));
        }
      });
      return parts.isEmpty() ? "no request" : String.join("; ", parts);
    }

    private static String bound(TreeMap<Double, Double> buckets, double quantile) {
      double rank = quantile * buckets.lastEntry().getValue();
      for (var bucket : buckets.entrySet()) {
        if (bucket.getValue() >= rank) {
          return bucket.getKey().isInfinite() ? "∞" : String.format(Locale.ROOT, "%.2f", bucket.getKey() * 1000);
        }
      }
      return "∞";
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI metrics;

  ServerTimes(int port) {
    this.metrics = URI.create("http://127.0.0.1:" + port + "/actuator/prometheus?includedNames=http_server_requests_seconds");
  }

  /** The counts so far. */
  Counts now() throws IOException, InterruptedException {
    var response =
        http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(metrics + " answered " + response.statusCode() + ": the server's times cannot be read");
    }
    return parse(response.body());
  }

  static Counts parse(String prometheusText) {
    Map<String, TreeMap<Double, Double>> byRoute = new TreeMap<>();
    for (String line : prometheusText.split("\n")) {
      var bucket = BUCKET.matcher(line);
      if (!bucket.matches()) {
        continue;
      }
      Map<String, String> labels = new TreeMap<>();
      var label = LABEL.matcher(bucket.group(1));
      while (label.find()) {
        labels.put(label.group(1), label.group(2));
      }
      if (labels.get("uri").startsWith("/actuator")) {
        continue; // the runner's own readings (this one, the heap's), not the scenario's requests
      }
      String route = labels.get("method") + " " + labels.get("uri");
      double le = labels.get("le").equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(labels.get("le"));
      // one series per status and outcome: their counts add up per route
      byRoute.computeIfAbsent(route, r -> new TreeMap<>()).merge(le, Double.parseDouble(bucket.group(2)), Double::sum);
    }
    return new Counts(byRoute);
  }
}
