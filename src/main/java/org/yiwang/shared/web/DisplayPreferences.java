package org.yiwang.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The elderly-friendly mode (适老化: large type, high contrast, simpler layout): one click turns it
 * on, a cookie keeps it on for a year, on every page.
 */
@PageController
@ControllerAdvice(annotations = PageController.class)
class DisplayPreferences {

  static final String ELDERLY_COOKIE = "yiwang-elderly";

  @ModelAttribute("elderly")
  boolean elderly(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies != null
        && Arrays.stream(cookies)
            .anyMatch(c -> c.getName().equals(ELDERLY_COOKIE) && c.getValue().equals("on"));
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  /** Links to this same page in each language (the {@code lang} parameter switches and is remembered). */
  @ModelAttribute("languageLinks")
  java.util.Map<String, String> languageLinks(HttpServletRequest request) {
    String query = request.getQueryString() == null ? "" : request.getQueryString();
    String kept =
        Arrays.stream(query.split("&"))
            .filter(p -> !p.isEmpty() && !p.startsWith("lang="))
            .collect(java.util.stream.Collectors.joining("&"));
    String base = request.getRequestURI() + "?" + (kept.isEmpty() ? "" : kept + "&");
    return java.util.Map.of("zh", base + "lang=zh-CN", "en", base + "lang=en");
  }

  @PostMapping("/preferences/elderly")
  String setElderly(
      @RequestParam(defaultValue = "false") boolean on,
      @RequestParam(defaultValue = "/") String back,
      HttpServletResponse response) {
    Cookie cookie = new Cookie(ELDERLY_COOKIE, on ? "on" : "off");
    cookie.setPath("/");
    cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    return "redirect:" + safeLocalPath(back);
  }

  /** Only a path on this site: never an open redirect to another host. */
  static String safeLocalPath(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.contains("\\")
        || back.contains("{")
        || back.contains("}")
        || back.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return back;
  }
}
