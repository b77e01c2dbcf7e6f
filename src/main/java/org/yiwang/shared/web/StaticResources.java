package org.yiwang.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only ({@code spring.web.resources.add-mappings=false} turns
 * off Boot's catch-all {@code /**}): with the catch-all, every link a page builds ({@code @{/items/…}})
 * was first looked up as a file in the jar, which took most of a guide page's time (benchmark P4).
 * Browsers may keep them for a day.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    for (String folder : new String[] {"css", "js", "img"}) {
      registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/").setCacheControl(CACHE);
    }
    registry.addResourceHandler("/manifest.webmanifest").addResourceLocations("classpath:/static/").setCacheControl(CACHE);
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(CACHE)
        .resourceChain(true)
        .addResolver(new LiteWebJarsResourceResolver());
  }
}
