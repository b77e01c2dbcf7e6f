package org.yiwang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.NotFoundException;

/** Errors of page controllers become the site's own error page, in the visitor's language. */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandling {

  private final Problems problems;

  PageExceptionHandling(Problems problems) {
    this.problems = problems;
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(
      NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 404, problems.message(request, e.messageCode(), e.args()));
  }

  @ExceptionHandler(BusinessRuleException.class)
  ModelAndView ruleBroken(
      BusinessRuleException e, HttpServletRequest request, HttpServletResponse response) {
    var first = e.violations().get(0);
    return page(
        request, response, e.status(), problems.message(request, first.messageCode(), first.args()));
  }

  /** A form row index the binder will not grow a list to (a crafted or stale form). */
  @ExceptionHandler(InvalidPropertyException.class)
  ModelAndView formOutOfRange(HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 400, problems.message(request, "problem.form.rows"));
  }

  @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
  ModelAndView concurrent(HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 409, problems.message(request, "problem.concurrent"));
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, NumberFormatException.class})
  ModelAndView malformed(HttpServletRequest request, HttpServletResponse response) {
    return page(request, response, 400, problems.message(request, "problem.field.malformed"));
  }

  private ModelAndView page(
      HttpServletRequest request, HttpServletResponse response, int status, String message) {
    response.setStatus(status);
    var page = new ModelAndView("error");
    page.addObject("status", status);
    page.addObject("message", message);
    return page;
  }
}
