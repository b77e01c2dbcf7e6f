package org.yiwang.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.shared.web.PageController;

/** Every page knows who is signed in (for the header), as {@code currentUser}. */
@ControllerAdvice(annotations = PageController.class)
class CurrentUserAdvice {

  private final Accounts accounts;

  CurrentUserAdvice(Accounts accounts) {
    this.accounts = accounts;
  }

  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    return accounts.current().orElse(null);
  }
}
