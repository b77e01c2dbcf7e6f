package org.yiwang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem details in the caller's language. Used by the API's exception handling
 * and by the security filters, which answer before any controller runs.
 */
@Component
public class Problems {

  public record FieldError(String field, String message) {}

  private final MessageSource messages;
  private final LocaleResolver locales;
  private final JsonMapper json;

  Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
    this.messages = messages;
    this.locales = locales;
    this.json = json;
  }

  public static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  public Locale locale(HttpServletRequest request) {
    return locales.resolveLocale(request);
  }

  public String message(HttpServletRequest request, String code, Object... args) {
    return messages.getMessage(code, args, code, locale(request));
  }

  public ProblemDetail problem(
      HttpServletRequest request, int status, String detailCode, Object... args) {
    HttpStatus httpStatus = HttpStatus.valueOf(status);
    ProblemDetail problem = ProblemDetail.forStatus(httpStatus);
    problem.setTitle(message(request, "problem.title." + status));
    problem.setDetail(message(request, detailCode, args));
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }

  public ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
    problem.setProperty("errors", errors);
    return problem;
  }

  public ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** Writes a problem straight to the response (for filters outside Spring MVC). */
  public void write(
      HttpServletRequest request, HttpServletResponse response, int status, String detailCode)
      throws IOException {
    ProblemDetail problem = problem(request, status, detailCode);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> body =
        Map.of(
            "type", "about:blank",
            "status", status,
            "title", problem.getTitle(),
            "detail", problem.getDetail(),
            "instance", request.getRequestURI());
    response.getWriter().write(json.writeValueAsString(body));
  }
}
