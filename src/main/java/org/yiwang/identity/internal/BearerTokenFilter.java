package org.yiwang.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yiwang.shared.web.Problems;

/** Signs in an API request that carries {@code Authorization: Bearer <token>}; a bad token is a 401. */
class BearerTokenFilter extends OncePerRequestFilter {

  private final TokenSignIns tokens;
  private final Problems problems;

  BearerTokenFilter(TokenSignIns tokens, Problems problems) {
    this.tokens = tokens;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    UserDetails user = tokens.account(header.substring(7).strip()).orElse(null);
    if (user == null || !user.isAccountNonLocked()) {
      problems.write(request, response, 401, "identity.token.invalid");
      return;
    }
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
