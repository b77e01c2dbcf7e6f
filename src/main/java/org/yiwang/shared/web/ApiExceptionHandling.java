package org.yiwang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;

/**
 * Turns every error of an {@code /api/v1} controller into an RFC 9457 problem in the caller's
 * language: bad input is a 400 that names the field, never a 500 and never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandling {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandling.class);

  private final Problems problems;

  ApiExceptionHandling(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
    return problems.entity(problems.problem(request, 404, e.messageCode(), e.args()));
  }

  @ExceptionHandler(BusinessRuleException.class)
  ResponseEntity<ProblemDetail> ruleBroken(BusinessRuleException e, HttpServletRequest request) {
    var first = e.violations().get(0);
    ProblemDetail problem =
        problems.problem(request, e.status(), first.messageCode(), first.args());
    List<Problems.FieldError> errors =
        e.violations().stream()
            .filter(v -> v.field() != null)
            .map(
                v ->
                    new Problems.FieldError(
                        v.field(), problems.message(request, v.messageCode(), v.args())))
            .toList();
    if (!errors.isEmpty()) {
      problems.withErrors(problem, errors);
    }
    return problems.entity(problem);
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<ProblemDetail> invalid(BindException e, HttpServletRequest request) {
    List<Problems.FieldError> errors =
        e.getFieldErrors().stream()
            .map(
                f ->
                    new Problems.FieldError(
                        f.getField(),
                        f.isBindingFailure()
                            ? problems.message(request, "problem.field.malformed")
                            : f.getDefaultMessage()))
            .toList();
    return problems.entity(
        problems.withErrors(problems.problem(request, 400, "problem.validation"), errors));
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> invalidParameters(
      HandlerMethodValidationException e, HttpServletRequest request) {
    List<Problems.FieldError> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new Problems.FieldError(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage())))
            .toList();
    return problems.entity(
        problems.withErrors(problems.problem(request, 400, "problem.validation"), errors));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> invalidConstraints(
      ConstraintViolationException e, HttpServletRequest request) {
    List<Problems.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problems.FieldError(lastNode(v.getPropertyPath()), v.getMessage()))
            .toList();
    return problems.entity(
        problems.withErrors(problems.problem(request, 400, "problem.validation"), errors));
  }

  /** {@code items.size} (method and parameter) names the field {@code size}. */
  private static String lastNode(jakarta.validation.Path path) {
    String name = null;
    for (var node : path) {
      name = node.getName();
    }
    return name == null ? path.toString() : name;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return problems.entity(
        problems.withErrors(
            problems.problem(request, 400, "problem.validation"),
            List.of(
                new Problems.FieldError(
                    e.getName(), problems.message(request, "problem.field.malformed")))));
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MissingServletRequestPartException.class
  })
  ResponseEntity<ProblemDetail> missing(Exception e, HttpServletRequest request) {
    String name =
        e instanceof MissingServletRequestParameterException p
            ? p.getParameterName()
            : ((MissingServletRequestPartException) e).getRequestPartName();
    return problems.entity(
        problems.withErrors(
            problems.problem(request, 400, "problem.validation"),
            List.of(
                new Problems.FieldError(name, problems.message(request, "problem.field.missing")))));
  }

  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrent(HttpServletRequest request) {
    return problems.entity(problems.problem(request, 409, "problem.concurrent"));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
    return problems.entity(problems.problem(request, 400, "problem.body.unreadable"));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
    return problems.entity(problems.problem(request, 413, "file.too.large"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
    return problems.entity(problems.problem(request, 405, "problem.method"));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
    return problems.entity(problems.problem(request, 415, "problem.media.type"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request)
      throws Exception {
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // answered by the security filter chain's entry point and access-denied handler
    }
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return problems.entity(problems.problem(request, 500, "problem.unexpected"));
  }
}
