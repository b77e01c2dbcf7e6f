package org.yiwang.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's API over loopback HTTP, as a client program sees it. Any status but the expected one throws. */
final class Api {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http;
  private final String base;

  Api(int port) {
    this.base = "http://127.0.0.1:" + port;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  String base() {
    return base;
  }

  String token(String username, String password) throws Exception {
    return post(null, "/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password), null, 200)
        .path("token").asString();
  }

  JsonNode get(String token, String path) throws Exception {
    return JSON.readTree(text(token, path, 200));
  }

  /** The body of a GET as text (HTML pages, static files). */
  String text(String token, String path, int expected) throws Exception {
    var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return check(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), expected, path);
  }

  JsonNode post(String token, String path, String json, String idempotencyKey, int expected) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    String body = check(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), expected, path);
    return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
  }

  void upload(String token, String path, String materialCode, String fileName, byte[] bytes) throws Exception {
    String boundary = "bench" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"materialCode\"\r\n\r\n" + materialCode + "\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
            + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(bytes);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    check(http.send(request, HttpResponse.BodyHandlers.ofString()), 201, path);
  }

  private static String check(HttpResponse<String> response, int expected, String path) {
    if (response.statusCode() != expected) {
      String body = response.body();
      throw new IllegalStateException(
          path + " answered " + response.statusCode() + " (expected " + expected + "): " + body.substring(0, Math.min(300, body.length())));
    }
    return response.body();
  }
}
