package org.yiwang.identity.web;

import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.internal.Registration;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.web.PageController;

/** Sign-in, registration and the account page. */
@PageController
class IdentityPageController {

  private final Registration registration;
  private final Accounts accounts;

  IdentityPageController(Registration registration, Accounts accounts) {
    this.registration = registration;
    this.accounts = accounts;
  }

  @GetMapping("/login")
  String login() {
    return "identity/login";
  }

  @GetMapping("/register")
  String registerForm(Model model) {
    model.addAttribute("form", new RegistrationForm());
    return "identity/register";
  }

  @PostMapping("/register")
  String register(
      @Valid @ModelAttribute("form") RegistrationForm form,
      BindingResult result,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        registration.register(
            new Registration.Application(
                form.getType(), form.getUsername(), form.getName(), form.getIdNumber(),
                form.getPhone(), form.getPassword(), form.getConfirmPassword()));
        redirect.addFlashAttribute("registered", form.getUsername());
        return "redirect:/login?registered";
      } catch (BusinessRuleException e) {
        for (var v : e.violations()) {
          result.rejectValue(v.field(), v.messageCode(), v.args(), v.messageCode());
        }
      }
    }
    form.setPassword(null);
    form.setConfirmPassword(null);
    return "identity/register";
  }

  @GetMapping("/account")
  String account(Model model) {
    model.addAttribute("account", accounts.current().orElseThrow());
    return "identity/account";
  }
}
