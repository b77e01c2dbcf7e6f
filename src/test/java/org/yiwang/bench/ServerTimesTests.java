package org.yiwang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the application's request histogram as Prometheus shows it. */
class ServerTimesTests {

  private static String scrape(long underOneMs, long underTenMs, long slower, long other) {
    // two series of one route (status 200 and 404) add up; a bucket's count includes every faster
    // bucket; the runner's own scrapes of /actuator are not the scenario's requests
    return """
        # HELP http_server_requests_seconds
        # TYPE http_server_requests_seconds histogram
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/v1/items",le="0.001"} %d
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/v1/items",le="0.01"} %d
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/v1/items",le="+Inf"} %d
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="CLIENT_ERROR",status="404",uri="/api/v1/items",le="0.001"} 0
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="CLIENT_ERROR",status="404",uri="/api/v1/items",le="0.01"} 0
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="CLIENT_ERROR",status="404",uri="/api/v1/items",le="+Inf"} 0
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/v1/me",le="0.001"} %d
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/v1/me",le="0.01"} %d
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/v1/me",le="+Inf"} %d
        http_server_requests_seconds_count{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/api/v1/me"} %d
        http_server_requests_seconds_bucket{error="none",exception="none",method="GET",outcome="SUCCESS",status="200",uri="/actuator/prometheus",le="+Inf"} %d
        """.formatted(underOneMs, underOneMs + underTenMs, underOneMs + underTenMs + slower, other, other, other, other,
            underOneMs + other);
  }

  @Test
  void aWindowsPercentilesAreTheBoundsOfTheBucketsTheyFallIn() {
    var before = ServerTimes.parse(scrape(100, 0, 0, 50));
    // in the window: 97 searches under 1 ms, 2 under 10 ms, 1 slower; the other route had none
    var after = ServerTimes.parse(scrape(197, 2, 1, 50));

    var window = after.since(before);

    assertThat(window.byRoute()).containsOnlyKeys("GET /api/v1/items");
    assertThat(window.summary()).isEqualTo("GET /api/v1/items 100: p50 ≤ 1.00, p95 ≤ 1.00, p99 ≤ 10.00 ms");
  }

  @Test
  void aRouteWithTooFewOfTheWindowsRequestsIsLeftOut() {
    var window = ServerTimes.parse(scrape(1_000, 0, 0, 10)).since(ServerTimes.parse(scrape(0, 0, 0, 0)));

    // 10 of 1,010 requests: under a twentieth
    assertThat(window.summary()).startsWith("GET /api/v1/items 1,000: p50 ≤ 1.00, p95 ≤ 1.00, p99 ≤ 1.00 ms").doesNotContain("/api/v1/me");
  }

  @Test
  void boundsAsMicrometerWritesThemAndATailBeyondTheLastBucket() {
    var window = ServerTimes.parse("""
        http_server_requests_seconds_bucket{method="GET",status="200",uri="/api/v1/items",le="1.0E-4"} 90
        http_server_requests_seconds_bucket{method="GET",status="200",uri="/api/v1/items",le="60.0"} 98
        http_server_requests_seconds_bucket{method="GET",status="200",uri="/api/v1/items",le="+Inf"} 100
        """).since(ServerTimes.parse(""));

    // 90 within 0.1 ms, 8 more within a minute, the slowest 2 beyond it
    assertThat(window.summary()).isEqualTo("GET /api/v1/items 100: p50 ≤ 0.10, p95 ≤ 60000.00, p99 ≤ ∞ ms");
  }
}
