package org.yiwang.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.beans.PropertyDescriptor;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.audit.AuditLog;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/**
 * A department administrator edits a draft and submits it; the platform administrator publishes
 * it; the portal shows the new version and the old one stays readable. Refused edits lose nothing.
 */
@IntegrationTest
class PublicationIntegrationTests extends DatabaseProperties {

  @Autowired MockMvc mvc;
  @Autowired ServiceCatalog catalog;
  @Autowired AuditLog audit;
  @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

  private String itemOf(String department, int index) {
    return catalog.search(new ItemQuery("", department, null, 0, 20)).hits().get(index).item().code();
  }

  @Test
  void editSubmitPublishAndThePortalShowsTheNewVersion() throws Exception {
    String code = itemOf("dag", 0);
    ItemContent before = catalog.publishedItem(code).orElseThrow().content();
    String newName = before.name() + "（新版）";
    var session = new MockHttpSession();
    // an anonymous reader's page of version 1 (kept rendered: it must not outlive the publication)
    mvc.perform(get("/items/{c}", code)).andExpect(content().string(not(containsString(newName))));

    mvc.perform(get("/backoffice/items/{c}/edit", code).session(session).with(as("dag.admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(before.name())));

    byte[] pdf = catalog.publishedFile(code, firstBlankForm(before).id()).orElseThrow().bytes();
    ItemForm form = ItemFormMapping.toForm(before);
    form.setName(newName);
    long promisedInAll = catalog.reductions().days().after(); // the figures, now kept in memory
    assertThat(daysOnTheFiguresPage()).isEqualTo(promisedInAll); // and the page, kept rendered
    int promised = before.promisedDays() > 0 ? before.promisedDays() - 1 : before.promisedDays() + 1;
    form.setPromisedDays(promised);
    mvc.perform(
            formPost(code, form)
                .file(new MockMultipartFile("situations[0].materials[0].sampleUpload", "新示范文本.pdf", "application/pdf", pdf))
                .session(session)
                .with(as("dag.admin")))
        .andExpect(redirectedUrl("/backoffice/items/" + code + "/edit"));

    // a saved draft is not public
    mvc.perform(get("/api/v1/items/{c}", code)).andExpect(jsonPath("$.name").value(before.name()));

    mvc.perform(post("/backoffice/items/{c}/submit", code).with(as("dag.admin")).with(csrf()))
        .andExpect(redirectedUrl("/backoffice/items/" + code));
    mvc.perform(get("/backoffice/publications").with(as("admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(newName)));

    mvc.perform(post("/backoffice/items/{c}/versions/2/publish", code).with(as("admin")).with(csrf()))
        .andExpect(redirectedUrl("/backoffice/publications"));

    mvc.perform(get("/api/v1/items/{c}", code))
        .andExpect(jsonPath("$.name").value(newName))
        .andExpect(jsonPath("$.version").value(2))
        .andExpect(jsonPath("$.situations[0].materials[0].sampleUrl", containsString("/files/")));
    mvc.perform(get("/items/{c}", code)).andExpect(content().string(containsString(newName)));
    assertThat(catalog.reductions().days().after()).as("the figures kept before the publication were dropped with it")
        .isEqualTo(promisedInAll + promised - before.promisedDays());
    assertThat(daysOnTheFiguresPage()).as("the figures page rendered before it").isEqualTo(promisedInAll + promised - before.promisedDays());
    assertThat(catalog.search(new ItemQuery(newName, null, null, 0, 5)).hits())
        .extracting(h -> h.item().code())
        .contains(code);
    // the same search as before the publication now names the new version
    assertThat(catalog.search(new ItemQuery("", "dag", null, 0, 20)).hits())
        .filteredOn(h -> h.item().code().equals(code))
        .extracting(h -> h.item().name())
        .containsExactly(newName);
    // the earlier version stays readable as it was
    mvc.perform(get("/backoffice/items/{c}/versions/1", code).with(as("dag.admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(before.name())))
        .andExpect(content().string(containsString("历史版本")));
    assertThat(catalog.itemVersion(code, 1).orElseThrow().content().name()).isEqualTo(before.name());
    assertThat(audit.verifyChain()).isTrue();
  }

  @Test
  void aRefusedEditShowsFieldErrorsAndChangesNothing() throws Exception {
    String code = itemOf("dag", 1);
    ItemContent before = catalog.publishedItem(code).orElseThrow().content();
    ItemForm form = ItemFormMapping.toForm(before);
    form.setName("");
    form.setStatutoryDays(5);
    form.setPromisedDays(9);
    form.getSituations().get(0).getMaterials().get(0).setCode("UPPER CASE");
    String html =
        mvc.perform(formPost(code, form).with(as("dag.admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html)
        .contains("error-summary")
        .contains("承诺时限不能超过法定时限")
        .contains("此项必填")
        .contains("编码只能包含小写字母");
    // what the administrator typed is still on the page, and nothing was saved
    assertThat(html).contains("value=\"9\"");
    assertThat(catalog.publishedItem(code).orElseThrow().content()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotADocumentIsRefusedByItsContent() throws Exception {
    String code = itemOf("dag", 2);
    ItemContent before = catalog.publishedItem(code).orElseThrow().content();
    ItemForm form = ItemFormMapping.toForm(before);
    String html =
        mvc.perform(
                formPost(code, form)
                    .file(new MockMultipartFile("situations[0].materials[0].blankFormUpload", "form.pdf", "application/pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                    .with(as("dag.admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("文件类型不受支持");
    assertThat(catalog.publishedItem(code).orElseThrow().content()).isEqualTo(before);
  }

  @Test
  void addingARowShowsTheFormAgainWithoutSaving() throws Exception {
    String code = itemOf("dag", 3);
    ItemContent before = catalog.publishedItem(code).orElseThrow().content();
    ItemForm form = ItemFormMapping.toForm(before);
    String html =
        mvc.perform(formPost(code, form).param("_add", "legalBasis").with(as("dag.admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(html).contains("legalBasis[" + before.legalBasis().size() + "].law");
  }

  @Test
  void onlyTheDepartmentsAdministratorMayEditItsItems() throws Exception {
    String code = itemOf("dag", 4);
    mvc.perform(get("/backoffice/items/{c}/edit", code).with(as("gjj.admin"))).andExpect(status().isForbidden());
    mvc.perform(get("/backoffice/items/{c}/edit", code).with(as("dag.window"))).andExpect(status().isForbidden());
    mvc.perform(get("/backoffice/items/{c}/edit", code).with(as("citizen"))).andExpect(status().isForbidden());
    mvc.perform(get("/backoffice/items/{c}/edit", code)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/backoffice/departments/dag").with(as("gjj.approver"))).andExpect(status().isForbidden());
  }

  @Test
  void onlyThePlatformAdministratorPublishes() throws Exception {
    String code = itemOf("dag", 5);
    catalog.openDraft(code, "dag.admin");
    mvc.perform(post("/backoffice/items/{c}/submit", code).with(as("dag.admin")).with(csrf()))
        .andExpect(redirectedUrl("/backoffice/items/" + code));
    mvc.perform(post("/backoffice/items/{c}/versions/2/publish", code).with(as("dag.admin")).with(csrf()))
        .andExpect(status().isForbidden());
    // returned with a note, it is a draft again and says why
    mvc.perform(post("/backoffice/items/{c}/versions/2/return", code).param("note", "请补充条款").with(as("admin")).with(csrf()))
        .andExpect(redirectedUrl("/backoffice/publications"));
    mvc.perform(get("/backoffice/items/{c}", code).with(as("dag.admin")))
        .andExpect(content().string(containsString("请补充条款")));
  }

  @Test
  void openingTheEditorChangesNothingAndThereIsNothingToSubmitUntilSaved() throws Exception {
    String code = itemOf("dag", 6);
    int versions = catalog.history(code).size();
    mvc.perform(get("/backoffice/items/{c}/edit", code).with(as("dag.admin"))).andExpect(status().isOk());
    mvc.perform(get("/backoffice/items/{c}/guide", code).with(as("dag.admin"))).andExpect(status().isOk());
    assertThat(catalog.history(code)).hasSize(versions);
    mvc.perform(post("/backoffice/items/{c}/submit", code).with(as("dag.admin")).with(csrf()))
        .andExpect(status().isConflict());
  }

  private static ItemContent.FileRef firstBlankForm(ItemContent content) {
    return content.situations().stream()
        .flatMap(s -> s.materials().stream())
        .map(ItemContent.Material::blankForm)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElseThrow();
  }

  /** Signed in as that demo account, with its real roles. */
  private RequestPostProcessor as(String username) {
    return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
  }

  /** The editor's form as a browser posts it. */
  private static MockMultipartHttpServletRequestBuilder formPost(String code, ItemForm form) {
    MockMultipartHttpServletRequestBuilder request = multipart("/backoffice/items/{c}/edit", code);
    flatten("", form, (name, value) -> request.param(name, value));
    request.with(csrf());
    return request;
  }

  /** The promised days in all, as the public figures page shows them now (row 时限, column 现在). */
  private long daysOnTheFiguresPage() throws Exception {
    String page = mvc.perform(get("/stats")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    var after = java.util.regex.Pattern.compile("id=\"reduction-days\">.*?</td><td>(\\d+)</td>").matcher(page);
    assertThat(after.find()).as("the days row of the figures page").isTrue();
    return Long.parseLong(after.group(1));
  }

  private static void flatten(String prefix, Object bean, java.util.function.BiConsumer<String, String> out) {
    var wrapper = new BeanWrapperImpl(bean);
    for (PropertyDescriptor p : wrapper.getPropertyDescriptors()) {
      if (p.getReadMethod() == null || p.getWriteMethod() == null) {
        continue;
      }
      Object value = wrapper.getPropertyValue(p.getName());
      String name = prefix + p.getName();
      if (value == null || value instanceof org.springframework.web.multipart.MultipartFile) {
        continue;
      }
      if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          flatten(name + "[" + i + "].", list.get(i), out);
        }
      } else if (value instanceof String || value instanceof Number || value instanceof Boolean
          || value instanceof Enum<?> || value instanceof BigDecimal) {
        out.accept(name, value instanceof Enum<?> e ? e.name() : value.toString());
      }
    }
  }

}
