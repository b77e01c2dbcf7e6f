package org.yiwang.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;
import org.yiwang.support.TestMail;

/** The cases pages (applicant and staff), the message box and e-mail, and the application-form editor. */
@IntegrationTest
class CasePagesIntegrationTests extends DatabaseProperties {

  static final String FOOD_LICENCE = "210800-SCJGJ-XK-0001";

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired ServiceCatalog catalog;
  @Autowired Accounts accounts;
  @Autowired Cases cases;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  RequestPostProcessor as(String username) {
    return user(users.loadUserByUsername(username));
  }

  String page(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
    return mvc.perform(request.with(as(username)).with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  String redirect(AbstractMockHttpServletRequestBuilder<?> request, String username) throws Exception {
    return mvc.perform(request.with(as(username)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  static MockMultipartFile pdf(String field) {
    return new MockMultipartFile(field, "材料.pdf", "application/pdf", CaseApiIntegrationTests.pdf("材料"));
  }

  String newDraft() throws Exception {
    assertThat(page(get("/apply/" + FOOD_LICENCE).param("situation", "new"), "citizen")).contains("首次申请", "start-application");
    String edit = redirect(post("/apply/" + FOOD_LICENCE).param("situation", "new"), "citizen");
    assertThat(edit).matches("/cases/[0-9a-f-]{36}/edit");
    return edit.substring("/cases/".length(), edit.length() - "/edit".length());
  }

  MockMultipartHttpServletRequestBuilder filledForm(String id, String intent) {
    return filledForm(id, intent, java.util.Map.of());
  }

  MockMultipartHttpServletRequestBuilder filledForm(String id, String intent, java.util.Map<String, String> changes) {
    var request = multipart("/cases/" + id + "/edit");
    for (String m : new String[] {"m1", "m2", "m3", "m4", "m5", "m6"}) {
      request.file(pdf("file." + m));
    }
    request
        .param("form.operatorName", "营口小王餐馆")
        .param("form.creditCode", changes.getOrDefault("form.creditCode", UnifiedSocialCreditCode.complete("91210800MA0YK123")))
        .param("form.legalRepresentative", "王丽")
        .param("form.premises", "营口市站前区新兴大街1号")
        .param("form.businessForm", "餐饮服务经营者")
        .param("form.businessScope", "热食类食品制售")
        .param("form.area", changes.getOrDefault("form.area", "80"))
        .param("form.phone", "13904170001")
        .param("intent", intent);
    return request;
  }

  @Test
  void anApplicationIsFilledSavedAndSubmittedWithEachProblemNextToItsField() throws Exception {
    String id = newDraft();
    String blank = page(get("/cases/" + id + "/edit"), "citizen");
    assertThat(blank).contains("id=\"form-creditCode\"", "id=\"materials-m1\"", "经营者名称");

    String refused =
        page(filledForm(id, "save", java.util.Map.of("form.creditCode", "91210800MA0YK1234X", "form.area", "很大")), "citizen");
    assertThat(refused).contains("id=\"error-summary\"", "id=\"form-creditCode-error\"", "id=\"form-area-error\"", "统一社会信用代码");
    assertThat(refused).contains("value=\"营口小王餐馆\"");
    // the files chosen with the refused form were kept
    assertThat(page(get("/cases/" + id + "/edit"), "citizen")).contains("materials-m1-uploaded");

    assertThat(redirect(filledForm(id, "save"), "citizen")).isEqualTo("/cases/" + id + "/edit");
    assertThat(redirect(filledForm(id, "submit"), "citizen")).isEqualTo("/cases/" + id);
    String shown = page(get("/cases/" + id), "citizen");
    assertThat(shown).contains("已提交，待受理", "case-deadline", "timeline");
    // the timeline is in China's time, whatever zone the server and the database hand the instant back in
    java.time.Instant submittedAt =
        jdbc.sql("select occurred_at from case_event where case_id = ? and kind = 'SUBMITTED'").param(id)
            .query(java.time.OffsetDateTime.class).single().toInstant();
    assertThat(shown).contains(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .format(submittedAt.atZone(org.yiwang.shared.TimeConfiguration.CHINA)));
    assertThat(page(get("/cases"), "citizen")).contains("/cases/" + id);

    // the window sees it in the inbox and must list what to correct
    String inbox = page(get("/backoffice/tasks"), "scjgj.window");
    assertThat(inbox).contains("data-case=\"" + id + "\"");
    String staffPage = page(get("/backoffice/cases/" + id), "scjgj.window");
    assertThat(staffPage).contains("task-panel", "action-REQUEST_CORRECTION", "correct-m5", "2108**********0023");
    String taskId = staffPage.replaceAll("(?s).*action=\"/backoffice/tasks/([^/]+)/complete\".*", "$1");
    String noList =
        page(post("/backoffice/tasks/" + taskId + "/complete").param("caseId", id).param("action", "REQUEST_CORRECTION"), "scjgj.window");
    assertThat(noList).contains("task-errors", "请至少选择一项");
    assertThat(
            redirect(
                post("/backoffice/tasks/" + taskId + "/complete")
                    .param("caseId", id)
                    .param("action", "REQUEST_CORRECTION")
                    .param("correct", "m5")
                    .param("reason.m5", "健康证明已过期"),
                "scjgj.window"))
        .isEqualTo("/backoffice/cases/" + id);
    assertThat(page(get("/cases/" + id), "citizen")).contains("健康证明已过期", "补正材料通知书");

    // the applicant is told in the message box and by e-mail
    String number = shown.replaceAll("(?s).*id=\"case-number\">(YK\\d+)<.*", "$1");
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> page(get("/messages"), "citizen").contains(number));
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> page(get("/messages"), "scjgj.window").contains(number));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                java.util.Arrays.stream(TestMail.server().getReceivedMessages())
                    .anyMatch(m -> {
                      try {
                        return m.getAllRecipients()[0].toString().equals("wangli@example.com") && m.getSubject().contains("待补正");
                      } catch (jakarta.mail.MessagingException e) {
                        return false;
                      }
                    }));

    // the public lookup
    assertThat(page(get("/progress").param("number", number).param("idLast4", "0023"), "enterprise")).contains("progress-status", "王*");
    assertThat(page(get("/progress").param("number", number).param("idLast4", "9999"), "enterprise")).contains("progress-none");
  }

  @Test
  void anApplicantWithManyCasesPagesThroughThemTwentyAtATime() throws Exception {
    String username = "pager" + System.nanoTime() % 1_000_000_000;
    String first17 = "21080419780214" + "%03d".formatted(System.nanoTime() % 1000);
    mvc.perform(post("/register").with(csrf())
            .param("type", "PERSON").param("username", username).param("name", "翻页测试")
            .param("idNumber", first17 + ResidentIdNumber.checkCharacter(first17))
            .param("phone", "139" + "%08d".formatted(System.nanoTime() % 100_000_000))
            .param("password", "Secret@2026").param("confirmPassword", "Secret@2026"))
        .andExpect(status().is3xxRedirection());
    var applicant = accounts.find(username).orElseThrow();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      created.add(0, cases.create(applicant, FOOD_LICENCE, "new", java.util.Map.of(), null).id());
    }

    String first = page(get("/cases"), username);
    String second = page(get("/cases").param("page", "1"), username);
    List<String> listed = new ArrayList<>();
    for (String html : List.of(first, second)) {
      Matcher m = Pattern.compile("href=\"/cases/([0-9a-f-]{36})\"").matcher(html);
      while (m.find()) {
        listed.add(m.group(1));
      }
    }
    // newest first, each case once, across both pages
    assertThat(listed).containsExactlyElementsOf(created);
    assertThat(first).contains("href=\"/cases?page=1\"").doesNotContain("href=\"/cases?page=0\"");
    assertThat(second).contains("href=\"/cases?page=0\"").doesNotContain("href=\"/cases?page=2\"");
    assertThat(page(get("/cases").param("page", "2"), username)).contains("没有更多办件了");
    assertThat(page(get("/cases"), "citizen")).doesNotContain(created.get(0));
  }

  @Test
  void othersCannotOpenTheCasePagesOrTheFiles() throws Exception {
    String id = newDraft();
    redirect(filledForm(id, "submit"), "citizen");
    for (String outsider : new String[] {"enterprise", "gjj.window"}) {
      mvc.perform(get("/cases/" + id).with(as(outsider))).andExpect(status().isNotFound());
      mvc.perform(get("/cases/" + id + "/materials/m1").with(as(outsider))).andExpect(status().isNotFound());
      mvc.perform(get("/backoffice/cases/" + id).with(as(outsider))).andExpect(status().is4xxClientError());
    }
    mvc.perform(get("/cases/" + id)).andExpect(status().is3xxRedirection());
  }

  @Test
  void theApplicationFormIsEditedInTheBackOfficeAndWrongRowsAreRefused() throws Exception {
    String item = "210800-QXJ-XK-0001";
    String situation = catalog.publishedItem(item).orElseThrow().content().situations().get(0).code();
    String path = "/backoffice/items/" + item + "/forms/" + situation;
    String editor = page(get(path), "qxj.admin");
    assertThat(editor).contains("fields0name", "统一社会信用代码");

    String refused =
        page(
            post(path)
                .param("fields[0].name", "projectName").param("fields[0].label", "项目名称").param("fields[0].type", "TEXT")
                .param("fields[1].name", "projectName").param("fields[1].label", "项目名称2").param("fields[1].type", "TEXT")
                .param("fields[2].name", "kind").param("fields[2].label", "类别").param("fields[2].type", "SELECT")
                .param("fields[3].name", "code").param("fields[3].label", "编码").param("fields[3].type", "TEXT").param("fields[3].pattern", "[a-"),
            "qxj.admin");
    assertThat(refused).contains("error-summary", "字段名“projectName”重复了", "至少要有一个选项", "不是有效的正则表达式");

    assertThat(
            redirect(
                post(path)
                    .param("fields[0].name", "projectName").param("fields[0].label", "项目名称").param("fields[0].labelEn", "Project")
                    .param("fields[0].type", "TEXT").param("fields[0].required", "true")
                    .param("fields[1].name", "buildingKind").param("fields[1].label", "建筑类别").param("fields[1].type", "SELECT")
                    .param("fields[1].options", "第一类\n第二类\n第三类"),
                "qxj.admin"))
        .isEqualTo(path);
    var form = catalog.editableVersion(item).content().situation(situation).orElseThrow().form();
    assertThat(form).extracting(f -> f.name()).containsExactly("projectName", "buildingKind");
    assertThat(form.get(1).options()).containsExactly("第一类", "第二类", "第三类");
    // another department's administrator may not
    mvc.perform(get(path).with(as("gjj.admin"))).andExpect(status().isForbidden());
  }
}
