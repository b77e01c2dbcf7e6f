package org.yiwang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.ControllerAdviceBean;
import org.yiwang.shared.web.PageController;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The portal's pages as HTML: figures, search (page and htmx fragment), guide, QR code, errors. */
@IntegrationTest
class PortalIntegrationTests extends DatabaseProperties {

  private static final String FOOD_LICENCE = "210800-SCJGJ-XK-0001";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @Test
  void homeShowsTheCataloguesFiguresAndDepartments() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<dd id=\"stat-items\">1287</dd>")))
        .andExpect(content().string(containsString("<dd id=\"stat-rate\">50.58%</dd>")))
        .andExpect(content().string(containsString("营口市住房公积金管理中心")))
        .andExpect(content().string(containsString("lang=\"zh-CN\"")));
  }

  @Test
  void searchIsAFullPageOrJustTheResultsForHtmx() throws Exception {
    String page = mvc.perform(get("/search").param("q", "公积金")).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<html").contains("id=\"results\"").contains("<mark>公积金</mark>");
    String fragment =
        mvc.perform(get("/search").param("q", "公积金").header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(fragment).doesNotContain("<html").startsWith("<section id=\"results\"").contains("<mark>公积金</mark>");
  }

  @Test
  void theDepartmentsPageListsEveryDepartmentWithItsCountsAndIsKeptForAnonymousReaders() throws Exception {
    String first = mvc.perform(get("/departments")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(first).contains("营口市住房公积金管理中心", "营口市消防救援支队", "个事项，其中全程网办");
    // a name changed behind the catalogue's back (no publication, so the same figures): the kept page
    // is still served to anonymous readers, while a signed-in reader's page is rendered for them
    jdbc.update("update department set name = '营口市消防救援支队（改）' where code = 'xfzd'");
    try {
      assertThat(mvc.perform(get("/departments")).andReturn().getResponse().getContentAsString()).as("kept rendered").isEqualTo(first);
      String signedIn = mvc.perform(get("/departments").with(user(users.loadUserByUsername("citizen"))))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(signedIn).contains("营口市住房公积金管理中心", "营口市消防救援支队（改）");
    } finally {
      jdbc.update("update department set name = '营口市消防救援支队' where code = 'xfzd'");
    }
  }

  @Test
  void aDepartmentPageListsItsItems() throws Exception {
    mvc.perform(get("/departments/gjj"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("住房公积金提取")));
    mvc.perform(get("/departments/nope")).andExpect(status().isNotFound());
  }

  @Test
  void aTooLongSearchSaysSoOnThePage() throws Exception {
    mvc.perform(get("/search").param("q", "食".repeat(10_000)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("搜索词不能超过100个字")));
  }

  @Test
  void badPagingOnAPageIsA400PageNotAStackTrace() throws Exception {
    mvc.perform(get("/search").param("page", "abc").accept(MediaType.TEXT_HTML))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(not(containsString("Exception"))));
    mvc.perform(get("/search").param("page", "-3").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
  }

  @Test
  void anUnknownItemIsA404Page() throws Exception {
    mvc.perform(get("/items/NO-SUCH-ITEM").accept(MediaType.TEXT_HTML))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("页面不存在")));
  }

  @Test
  void theGuideShowsEveryElementWithDownloadsAndFlowchart() throws Exception {
    mvc.perform(get("/items/" + FOOD_LICENCE))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("食品经营许可证核发")))
        .andExpect(content().string(containsString("id=\"statutory-days\"")))
        .andExpect(content().string(containsString("设定依据")))
        .andExpect(content().string(containsString("class=\"download blank-form\"")))
        .andExpect(content().string(containsString("<svg")))
        .andExpect(content().string(containsString("/items/" + FOOD_LICENCE + "/qr.png")));
  }

  @Test
  void anAnonymousGuidePageIsRenderedOnceAndCarriesNothingPersonal() throws Exception {
    var first = mvc.perform(get("/items/" + FOOD_LICENCE)).andExpect(status().isOk()).andReturn().getResponse();
    var again = mvc.perform(get("/items/" + FOOD_LICENCE)).andExpect(status().isOk()).andReturn().getResponse();
    assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString()).contains("食品经营许可证核发");
    assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
    // no token, no cookie: the page is the same for every anonymous reader
    assertThat(first.getContentAsString()).doesNotContain("_csrf");
    assertThat(first.getCookies()).isEmpty();
    assertThat(first.getHeaders("Set-Cookie")).isEmpty();
    // the elderly mode and English are pages of their own
    mvc.perform(get("/items/" + FOOD_LICENCE).cookie(new Cookie("yiwang-elderly", "on")))
        .andExpect(content().string(containsString("class=\"elderly\"")));
    mvc.perform(get("/items/" + FOOD_LICENCE).cookie(new Cookie("yiwang-lang", "en")))
        .andExpect(content().string(containsString("lang=\"en\"")));
    mvc.perform(get("/items/" + FOOD_LICENCE)).andExpect(content().string(not(containsString("class=\"elderly\""))));
    // a signed-in reader gets their own page: their name in the header
    mvc.perform(get("/items/" + FOOD_LICENCE).with(user(users.loadUserByUsername("citizen"))))
        .andExpect(content().string(containsString("id=\"my-cases-link\"")));
    mvc.perform(get("/items/" + FOOD_LICENCE)).andExpect(content().string(not(containsString("id=\"my-cases-link\""))));
    // a forged Host header reaches only its own page, never the one other readers get
    mvc.perform(get("/items/" + FOOD_LICENCE).header("Host", "evil.example"))
        .andExpect(content().string(containsString("http://evil.example/items/" + FOOD_LICENCE)));
    mvc.perform(get("/items/" + FOOD_LICENCE)).andExpect(content().string(not(containsString("evil.example"))));
  }

  @Test
  void theQrCodeLeadsToTheItemsPage() throws Exception {
    byte[] png =
        mvc.perform(get("/items/" + FOOD_LICENCE + "/qr.png"))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.IMAGE_PNG))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    var image = ImageIO.read(new ByteArrayInputStream(png));
    var decoded =
        new MultiFormatReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));
    assertThat(decoded.getText()).endsWith("/items/" + FOOD_LICENCE);
  }

  @Test
  void elderlyModeIsACookieAndNeverAnOpenRedirect() throws Exception {
    mvc.perform(post("/preferences/elderly").param("on", "true").param("back", "/search?q=x").with(csrf()))
        .andExpect(redirectedUrl("/search?q=x"))
        .andExpect(cookie().value("yiwang-elderly", "on"));
    mvc.perform(post("/preferences/elderly").param("on", "true").param("back", "//evil.example/").with(csrf()))
        .andExpect(redirectedUrl("/"));
    mvc.perform(get("/").cookie(new Cookie("yiwang-elderly", "on")))
        .andExpect(content().string(containsString("class=\"elderly\"")));
  }

  /**
   * The page model (who is signed in, the display mode, the language links) and the error page are
   * built for every page controller and for no API controller: a page controller declared as a plain
   * {@code @Controller} would lose its header's sign-in state; an API request would build a page's
   * model for nothing.
   */
  @Test
  void thePageAdvicesApplyToEveryPageControllerAndToNoApiController(@Autowired ApplicationContext context) {
    List<ControllerAdviceBean> pageAdvices =
        ControllerAdviceBean.findAnnotatedBeans(context).stream()
            .filter(advice -> List.of(AnnotatedElementUtils.findMergedAnnotation(advice.getBeanType(), ControllerAdvice.class).annotations())
                .contains(PageController.class))
            .toList();
    assertThat(pageAdvices).hasSize(3);
    int pages = 0;
    int apis = 0;
    for (String name : context.getBeanNamesForAnnotation(Controller.class)) {
      Class<?> type = ClassUtils.getUserClass(context.getType(name));
      if (!type.getPackageName().startsWith("org.yiwang.")) {
        continue; // Boot's own error controller
      }
      boolean api = AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class);
      if (api) {
        apis++;
      } else {
        pages++;
      }
      for (ControllerAdviceBean advice : pageAdvices) {
        assertThat(advice.isApplicableToBeanType(type)).as("%s applies to %s", advice.getBeanType().getSimpleName(), type.getName()).isEqualTo(!api);
      }
    }
    assertThat(pages).as("page controllers").isGreaterThanOrEqualTo(10);
    assertThat(apis).as("API controllers").isGreaterThanOrEqualTo(6);
  }

  @Test
  void englishIsChosenWithLangAndKeptInACookie() throws Exception {
    mvc.perform(get("/").param("lang", "en"))
        .andExpect(content().string(containsString("Yingkou government services")))
        .andExpect(cookie().exists("yiwang-lang"));
  }
}
