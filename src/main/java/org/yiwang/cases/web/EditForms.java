package org.yiwang.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.cases.Cases;
import org.yiwang.identity.CurrentUser;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.BusinessRuleException.Violation;

/**
 * The application page's post, shared by the applicant's page and the window's assisted
 * application: fields {@code form.<name>}, files {@code file.<materialCode>}, and {@code intent}
 * save or submit. Each part is saved on its own, so one bad file loses nothing else.
 */
final class EditForms {

  private EditForms() {}

  record Outcome(List<Violation> violations, Map<String, String> values) {}

  /** The files of the post; none when it was not sent as multipart (a hand-made post), not an error. */
  static Map<String, MultipartFile> files(jakarta.servlet.http.HttpServletRequest request) {
    var multipart =
        org.springframework.web.util.WebUtils.getNativeRequest(
            request, org.springframework.web.multipart.MultipartHttpServletRequest.class);
    return multipart == null ? Map.of() : multipart.getFileMap();
  }

  static Outcome apply(
      Cases cases, CurrentUser user, String caseId, MultiValueMap<String, String> params, Map<String, MultipartFile> files) {
    Map<String, String> values = new LinkedHashMap<>();
    params.forEach(
        (name, list) -> {
          if (name.startsWith("form.") && !list.isEmpty()) {
            values.put(name.substring("form.".length()), list.get(0));
          }
        });
    List<Violation> violations = new ArrayList<>();
    try {
      cases.saveForm(user, caseId, values);
    } catch (BusinessRuleException e) {
      if (e.status() != 400) {
        throw e;
      }
      violations.addAll(e.violations());
    }
    for (var entry : files.entrySet()) {
      MultipartFile file = entry.getValue();
      if (!entry.getKey().startsWith("file.") || file == null || file.isEmpty()) {
        continue;
      }
      String material = entry.getKey().substring("file.".length());
      try {
        cases.attach(user, caseId, material, file.getBytes(), file.getOriginalFilename());
      } catch (BusinessRuleException e) {
        if (e.status() >= 500 || e.status() == 403 || e.status() == 409) {
          throw e;
        }
        e.violations().forEach(v -> violations.add(new Violation("materials." + material, v.messageCode(), v.args())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (violations.isEmpty() && "submit".equals(params.getFirst("intent"))) {
      try {
        cases.submit(user, caseId, params.getFirst("idempotencyKey"));
      } catch (BusinessRuleException e) {
        if (e.status() != 400) {
          throw e;
        }
        violations.addAll(e.violations());
      }
    }
    return new Outcome(violations, values);
  }
}
