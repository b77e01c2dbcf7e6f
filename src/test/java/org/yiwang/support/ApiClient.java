package org.yiwang.support;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The public API over real HTTP, as another system uses it: bearer tokens, JSON, multipart. */
public final class ApiClient {

  public static final String PASSWORD = "Yiwang@2026";

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  public ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A response: its status and body, with JSON paths read from the body. */
  public record Response(int status, String body, java.net.http.HttpHeaders headers, byte[] bytes) {
    public <T> T json(String path) {
      return JsonPath.read(body, path);
    }

    public String string(String path) {
      Object value = JsonPath.read(body, path);
      return value == null ? null : value.toString();
    }
  }

  public String token(String username) {
    return tokens.computeIfAbsent(
        username,
        u -> {
          Response r = send(null, "POST", "/api/v1/auth/token", "{\"username\":\"" + u + "\",\"password\":\"" + PASSWORD + "\"}", Map.of());
          if (r.status() != 200) {
            throw new IllegalStateException("cannot sign in " + u + ": " + r.body());
          }
          return r.json("$.token");
        });
  }

  public Response get(String user, String path) {
    return send(user, "GET", path, null, Map.of());
  }

  public Response post(String user, String path, String json) {
    return send(user, "POST", path, json, Map.of());
  }

  public Response post(String user, String path, String json, Map<String, String> headers) {
    return send(user, "POST", path, json, headers);
  }

  public Response put(String user, String path, String json) {
    return send(user, "PUT", path, json, Map.of());
  }

  /** A multipart upload of one file without signing in (a public endpoint). */
  public Response uploadAnonymous(String path, String fileName, byte[] content) {
    return upload(null, path, Map.of(), fileName, content);
  }

  public Response upload(String user, String path, Map<String, String> fields, String fileName, byte[] content) {
    String boundary = "----yiwang" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    try {
      for (var field : fields.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(content);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      request.header("Authorization", "Bearer " + token(user));
    }
    return execute(request);
  }

  private Response send(String user, String method, String path, String json, Map<String, String> headers) {
    var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "zh-CN");
    if (user != null) {
      request.header("Authorization", "Bearer " + token(user));
    }
    headers.forEach(request::header);
    if (json != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return execute(request);
  }

  private Response execute(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(
          response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
