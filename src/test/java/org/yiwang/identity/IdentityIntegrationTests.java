package org.yiwang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.yiwang.audit.AuditLog;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** Registration with real-name checks, sign-in with lockout, API tokens, masked ID numbers. */
@IntegrationTest
class IdentityIntegrationTests extends DatabaseProperties {

  private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired Accounts accounts;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired org.yiwang.identity.internal.ApiTokens tokens;

  @Test
  void aTokenSignsInAndMeShowsTheIdNumberMasked() throws Exception {
    String token = token("citizen", "Yiwang@2026");
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("citizen"))
        .andExpect(jsonPath("$.type").value("PERSON"))
        .andExpect(jsonPath("$.idNumberMasked").value("2108**********0023"))
        .andExpect(jsonPath("$.roles[0]").value("APPLICANT"));
  }

  @Test
  void staffAccountsBelongToTheirDepartment() throws Exception {
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token("scjgj.window", "Yiwang@2026")))
        .andExpect(jsonPath("$.type").value("STAFF"))
        .andExpect(jsonPath("$.department").value("scjgj"))
        .andExpect(jsonPath("$.roles[0]").value("WINDOW"));
  }

  @Test
  void aDepartmentsStaffWithARoleAreItsHoldersOfThatRoleAlone() {
    // a department of this test's own (other tests' messages to window staff stay as they are)
    String department = "roles" + SEQUENCE.incrementAndGet();
    staff(department + ".window", department, "WINDOW");
    staff(department + ".both", department, "APPROVER,WINDOW");
    staff(department + ".approver", department, "APPROVER");

    assertThat(accounts.staffOf(department, Role.WINDOW)).containsExactly(department + ".both", department + ".window");
    assertThat(accounts.staffOf(department, Role.APPROVER)).containsExactly(department + ".approver", department + ".both");
    assertThat(accounts.staffOf(department, Role.SUPERVISOR)).isEmpty();
    assertThat(accounts.staffOf("scjgj", Role.WINDOW)).contains("scjgj.window").noneMatch(u -> u.startsWith(department));
  }

  private void staff(String username, String department, String roles) {
    jdbc.update(
        "insert into account (username, password_hash, account_type, display_name, department_code, roles, failed_attempts, created_at)"
            + " values (?, 'x', 'STAFF', ?, ?, ?, 0, current_timestamp)",
        username, username, department, roles);
  }

  @Test
  void withoutAValidTokenTheApiAnswers401() throws Exception {
    mvc.perform(get("/api/v1/me"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail", containsString("令牌")));
  }

  @Test
  void anExpiredTokenIsRefusedAndTheRoundRemovesItWhileAValidOneStays() throws Exception {
    String expired = token("citizen", "Yiwang@2026");
    String valid = token("citizen", "Yiwang@2026");
    jdbc.update("update api_token set expires_at = ? where token_hash = ?", java.time.OffsetDateTime.now().minusMinutes(1), sha256(expired));
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expired)).andExpect(status().isUnauthorized());

    assertThat(tokens.removeExpired()).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class, sha256(expired))).isZero();
    assertThat(jdbc.queryForObject("select count(*) from api_token where expires_at < ?", Long.class, java.time.OffsetDateTime.now())).isZero();
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + valid)).andExpect(status().isOk());
  }

  private static String sha256(String token) throws Exception {
    return java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void aWrongPasswordIs401AndRepeatedFailuresLockTheAccount() throws Exception {
    String username = register("PERSON", personId());
    for (int i = 0; i < 5; i++) {
      tokenRequest(username, "Wrong@2026x")
          .andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.detail").value("用户名或密码错误。"));
    }
    // locked now: even the right password is refused, with a message that says why
    tokenRequest(username, "Secret@2026")
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.detail", containsString("锁定")));
    mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "Secret@2026"))
        .andExpect(redirectedUrl("/login?locked"));
  }

  @Test
  void registrationRefusesAWrongCheckDigitAndMarksTheField() throws Exception {
    String id = personId();
    String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
    String html =
        mvc.perform(registration("PERSON", "u" + SEQUENCE.incrementAndGet() + "abc", wrong).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("居民身份证号码不正确")
        .contains("id=\"idNumber\"")
        .contains("aria-invalid=\"true\"")
        .contains("idNumber-error");
  }

  @Test
  void registrationRefusesAWrongCreditCode() throws Exception {
    String html =
        mvc.perform(registration("ENTERPRISE", "e" + SEQUENCE.incrementAndGet() + "abc", "91350100M000100Y44").with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("统一社会信用代码不正确");
  }

  @Test
  void anEnterpriseRegistersAndSignsIn() throws Exception {
    String uscc = UnifiedSocialCreditCode.complete("91210800MA0YK" + (100 + SEQUENCE.incrementAndGet()));
    String username = register("ENTERPRISE", uscc);
    mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token(username, "Secret@2026")))
        .andExpect(jsonPath("$.type").value("ENTERPRISE"))
        .andExpect(jsonPath("$.idNumberMasked").value(uscc.substring(0, 4) + "**********" + uscc.substring(14)));
  }

  @Test
  void theSameIdNumberCannotRegisterTwice() throws Exception {
    String id = personId();
    register("PERSON", id);
    mvc.perform(registration("PERSON", "d" + SEQUENCE.incrementAndGet() + "abc", id).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该证件号码已注册")));
  }

  @Test
  void formsNeedTheirCsrfToken() throws Exception {
    mvc.perform(registration("PERSON", "c" + SEQUENCE.incrementAndGet() + "abc", personId())).andExpect(status().isForbidden());
  }

  @Test
  void signInOnTheSiteShowsTheAccountWithoutTheFullIdNumber() throws Exception {
    var session = new MockHttpSession();
    mvc.perform(post("/login").session(session).with(csrf()).param("username", "citizen").param("password", "Yiwang@2026"))
        .andExpect(redirectedUrl("/account"));
    mvc.perform(get("/account").session(session))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2108**********0023")))
        .andExpect(content().string(not(containsString("210802198503120023"))));
  }

  @Test
  void sensitiveActionsAreAuditedInAnIntactChain() throws Exception {
    token("citizen", "Yiwang@2026");
    assertThat(audit.verifyChain()).isTrue();
  }

  private String register(String type, String idNumber) throws Exception {
    String username = "u" + SEQUENCE.incrementAndGet() + "x" + (System.nanoTime() % 100000);
    mvc.perform(registration(type, username, idNumber).with(csrf())).andExpect(redirectedUrl("/login?registered"));
    return username;
  }

  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(
      String type, String username, String idNumber) {
    return post("/register")
        .param("type", type)
        .param("username", username)
        .param("name", "测试用户")
        .param("idNumber", idNumber)
        .param("phone", "13904170000")
        .param("password", "Secret@2026")
        .param("confirmPassword", "Secret@2026");
  }

  private static String personId() {
    String first17 = "21080219900101" + "%03d".formatted(SEQUENCE.incrementAndGet() % 1000);
    String id = first17 + ResidentIdNumber.checkCharacter(first17);
    return id;
  }

  private ResultActions tokenRequest(String username, String password) throws Exception {
    return mvc.perform(
        post("/api/v1/auth/token")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }

  private String token(String username, String password) throws Exception {
    String body =
        tokenRequest(username, password)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.tokenType").value("Bearer"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.token");
  }
}
