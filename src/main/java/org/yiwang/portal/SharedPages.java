package org.yiwang.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Rendered pages that every anonymous reader sees alike (a guide page of one item version, in one
 * language and display mode), kept as bytes: rendering the template was half of a guide page's CPU
 * (benchmark P4). A signed-in user's page (their name in the header) or a page with a query is
 * rendered for them. The key names the item version, so a publication is a new page; nothing in
 * such a page is personal (the header's only form carries no CSRF token, see the layout).
 */
@Component
class SharedPages {

  private final ThymeleafViewResolver views;
  private final Cache<String, byte[]> pages;

  SharedPages(ThymeleafViewResolver views, @Value("${yiwang.portal.page-cache:32MB}") DataSize size) {
    this.views = views;
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(size.toBytes())
            .weigher((String key, byte[] page) -> key.length() * 2 + page.length)
            .build();
  }

  /**
   * Answers with the view, rendered once per {@code version} (what the page shows: an item's code
   * and version) for anonymous readers; {@code fill} adds the view's model, only when it renders.
   */
  void serve(String view, String version, Model model, Runnable fill, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    Locale locale = LocaleContextHolder.getLocale();
    if (request.getUserPrincipal() != null || request.getQueryString() != null) {
      fill.run();
      views.resolveViewName(view, locale).render(model.asMap(), request, response);
      return;
    }
    // the address the request came by is part of the page (its share link follows it when no public
    // URL is configured): a page asked for under another Host header must not be served to others
    String key = ServletUriComponentsBuilder.fromContextPath(request).toUriString() + request.getRequestURI()
        + '|' + version + '|' + locale.toLanguageTag() + '|' + model.getAttribute("elderly");
    byte[] page = pages.getIfPresent(key);
    if (page == null) {
      fill.run();
      page = render(views.resolveViewName(view, locale), model, request, response);
      pages.put(key, page);
    }
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(page.length);
    response.getOutputStream().write(page);
  }

  private static byte[] render(View view, Model model, HttpServletRequest request, HttpServletResponse response) throws Exception {
    var captured = new ContentCachingResponseWrapper(response);
    view.render(model.asMap(), request, captured);
    return captured.getContentAsByteArray();
  }
}
