package org.yiwang.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the site's pages (HTML for a browser, and the files its links download). The page
 * advices apply to these alone: who is signed in, the display mode, the language links, the error
 * page. A plain {@code @Controller} would not do: {@code @RestController} is one too, and every API
 * request would build the pages' model for nothing (4 % of the application's CPU under P1).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {}
