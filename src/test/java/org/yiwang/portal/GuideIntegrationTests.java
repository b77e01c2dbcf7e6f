package org.yiwang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The guided questions (智能导办): walking them on the portal, editing them in the back office. */
@IntegrationTest
class GuideIntegrationTests extends DatabaseProperties {

  @Autowired MockMvc mvc;
  @Autowired ServiceCatalog catalog;
  @Autowired UserDetailsService users;

  private String providentFundWithdrawal() {
    return catalog.search(new ItemQuery("住房公积金提取", "gjj", null, 0, 10)).hits().stream()
        .filter(h -> h.item().name().equals("住房公积金提取"))
        .findFirst()
        .orElseThrow()
        .item()
        .code();
  }

  @Test
  void answeringTheQuestionsLandsOnExactlyOneSituationWithItsMaterials() throws Exception {
    String code = providentFundWithdrawal();
    ItemContent item = catalog.publishedItem(code).orElseThrow().content();
    assertThat(item.situations()).hasSizeGreaterThanOrEqualTo(3);

    mvc.perform(get("/items/{c}/guide", code))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"guide-question\"")));
    ItemContent.Situation second = item.situations().get(1);
    String html =
        mvc.perform(get("/items/{c}/guide", code).param("a", "1").param("n", "1"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("id=\"guide-result\"").contains(second.name());
    for (ItemContent.Material m : second.materials()) {
      assertThat(html).contains(org.springframework.web.util.HtmlUtils.htmlEscape(m.name()));
    }
    // another situation's own materials are not on the page
    item.situations().get(0).materials().stream()
        .map(ItemContent.Material::name)
        .filter(name -> second.materials().stream().noneMatch(m -> m.name().equals(name)))
        .forEach(name -> assertThat(html).doesNotContain(org.springframework.web.util.HtmlUtils.htmlEscape(name)));
  }

  @Test
  void anAnswerThatIsNotAnOptionIsA400WithAMessage() throws Exception {
    mvc.perform(get("/items/{c}/guide", providentFundWithdrawal()).param("a", "99").param("n", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("id=\"guide-error\"")));
  }

  @Test
  void aQuestionTreeWithACycleIsRefusedAtSave() throws Exception {
    String code = providentFundWithdrawal();
    String html =
        mvc.perform(
                post("/backoffice/items/{c}/guide", code)
                    .with(user(users.loadUserByUsername("gjj.admin")))
                    .with(csrf())
                    .param("start", "q1")
                    .param("questions[0].id", "q1")
                    .param("questions[0].text", "第一问")
                    .param("questions[0].options[0].label", "去第二问")
                    .param("questions[0].options[0].next", "q2")
                    .param("questions[1].id", "q2")
                    .param("questions[1].text", "第二问")
                    .param("questions[1].options[0].label", "回第一问")
                    .param("questions[1].options[0].next", "q1"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("error-summary").contains("循环");
    // refused: the draft keeps the guide it had (none of its own: the default question is used)
    int newest = catalog.history(code).get(0).version();
    assertThat(catalog.itemVersion(code, newest).orElseThrow().content().guide()).isNull();
  }

  @Test
  void onlyTheDepartmentsAdministratorEditsTheQuestions() throws Exception {
    mvc.perform(get("/backoffice/items/{c}/guide", providentFundWithdrawal()).with(user(users.loadUserByUsername("scjgj.admin"))))
        .andExpect(status().isForbidden());
  }
}
