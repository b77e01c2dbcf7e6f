package org.yiwang.shared.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.shared.NotFoundException;

/** Any {@code /api} path that no controller serves is a 404 problem, not an HTML error page. */
@RestController
class ApiFallbackController {

  @RequestMapping("/api/**")
  void unknown() {
    throw new NotFoundException("problem.path.unknown");
  }
}
