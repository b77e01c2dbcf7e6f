package org.yiwang.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.identity.internal.ApiTokens;
import org.yiwang.shared.BusinessRuleException;

/** Tokens for API clients and the signed-in account (API.md). */
@RestController
@RequestMapping("/api/v1")
class IdentityApiController {

  private final AuthenticationManager authentication;
  private final ApiTokens tokens;
  private final Accounts accounts;

  IdentityApiController(AuthenticationManager authentication, ApiTokens tokens, Accounts accounts) {
    this.authentication = authentication;
    this.tokens = tokens;
    this.accounts = accounts;
  }

  record TokenRequest(
      @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {}

  record TokenResponse(String token, String tokenType, long expiresIn) {}

  @PostMapping("/auth/token")
  TokenResponse token(@Valid @RequestBody TokenRequest request) {
    try {
      var signedIn =
          authentication.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  request.username(), request.password()));
      var issued = tokens.issue(signedIn.getName());
      return new TokenResponse(issued.token(), "Bearer", issued.expiresIn());
    } catch (LockedException e) {
      throw new BusinessRuleException(
          401, java.util.List.of(new BusinessRuleException.Violation(null, "identity.locked")));
    } catch (AuthenticationException e) {
      throw new BusinessRuleException(
          401, java.util.List.of(new BusinessRuleException.Violation(null, "identity.credentials.bad")));
    }
  }

  record MeResponse(
      String username,
      String name,
      AccountType type,
      String idNumberMasked,
      String department,
      Set<Role> roles) {}

  @GetMapping("/me")
  MeResponse me() {
    CurrentUser user = accounts.signedIn();
    return new MeResponse(
        user.username(),
        user.name(),
        user.type(),
        user.idNumberMasked(),
        user.departmentCode(),
        user.roles());
  }
}
