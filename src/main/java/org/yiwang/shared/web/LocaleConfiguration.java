package org.yiwang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Simplified Chinese by default, English one click away ({@code ?lang=en}, remembered in a
 * cookie). API clients choose with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

  @Bean
  LocaleResolver localeResolver() {
    var resolver = new CookieLocaleResolver("yiwang-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setRejectInvalidCookies(false); // a garbled cookie means the default, not an error
    resolver.setDefaultLocaleFunction(LocaleConfiguration::defaultLocale);
    return resolver;
  }

  private static Locale defaultLocale(HttpServletRequest request) {
    if (!Problems.isApi(request) || request.getHeader("Accept-Language") == null) {
      return CHINESE;
    }
    try {
      var ranges = Locale.LanguageRange.parse(request.getHeader("Accept-Language"));
      Locale match = Locale.lookup(ranges, SUPPORTED);
      if (match == null) {
        match = Locale.filter(ranges, SUPPORTED).stream().findFirst().orElse(CHINESE);
      }
      return match.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE;
    } catch (IllegalArgumentException malformedHeader) {
      return CHINESE;
    }
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    var change = new LocaleChangeInterceptor();
    change.setParamName("lang");
    change.setIgnoreInvalidLocale(true);
    registry.addInterceptor(change);
  }
}
