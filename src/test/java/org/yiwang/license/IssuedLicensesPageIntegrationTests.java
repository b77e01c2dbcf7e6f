package org.yiwang.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yiwang.shared.id.Masking;
import org.yiwang.shared.id.ResidentIdNumber;
import org.yiwang.shared.id.UnifiedSocialCreditCode;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/**
 * The staff's page of the licenses their department issued: twenty at a time, newest first, through
 * every page; found by license number, case number, ID number or part of the holder's name; the
 * search audited with the ID number masked; nothing of another department's.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedLicensesPageIntegrationTests extends DatabaseProperties {

  /** A department no other test issues licenses in (科学技术局), so its pages hold only these. */
  static final String DEPARTMENT = "kjj";
  static final Pattern ENTRY = Pattern.compile("<span class=\"hint\">([^<]+)</span>");

  @Autowired MockMvc mvc;
  @Autowired UserDetailsService users;
  @Autowired Licenses licenses;
  @Autowired JdbcClient jdbc;

  /** A word only this run's holders' names hold. */
  final String token = "测" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  final List<IssuedLicense> issued = new ArrayList<>();
  final String personId = person();

  @BeforeAll
  void issueFortyFiveLicenses() {
    LocalDate first = LocalDate.of(2090, 1, 1);
    for (int i = 0; i < 45; i++) {
      boolean person = i == 17;
      // the fourth and the fifth share their day: the later one issued comes first
      LocalDate on = first.plusDays(i == 4 ? 3 : i);
      issued.add(new IssuedLicense(
          "科技型企业证书", "000201001000", "holder-" + token + "-" + i,
          person ? "王" + token : "营口" + token + "科技第" + i + "有限公司",
          person ? personId : UnifiedSocialCreditCode.complete("91210800KJ" + "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000))),
          !person, DEPARTMENT, "营口市科学技术局", on, on.plusYears(3), Map.of(), UUID.randomUUID().toString(),
          "KJ" + token.substring(1) + "%02d".formatted(i)));
    }
    assertThat(licenses.importIssued(issued)).isEqualTo(45);
  }

  static String person() {
    String first17 = "210802" + (1960 + ThreadLocalRandom.current().nextInt(40)) + "0612" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
    return first17 + ResidentIdNumber.checkCharacter(first17);
  }

  String page(String username, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  /** Each listed license's "number · issue date · case number". */
  static List<String> entries(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = ENTRY.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  static String caseNumberOf(String entry) {
    return entry.substring(entry.lastIndexOf(' ') + 1);
  }

  @Test
  void theDepartmentPagesThroughItsLicensesNewestFirstTwentyAtATime() throws Exception {
    // newest first; on a shared day, the later issued (the higher identifier) first
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < issued.size(); i++) {
      expected.add(issued.get(i).issuedOn() + "#" + "%02d".formatted(i));
    }
    expected.sort(Comparator.reverseOrder());
    List<String> expectedCases = expected.stream().map(k -> issued.get(Integer.parseInt(k.substring(k.indexOf('#') + 1))).caseNumber()).toList();

    String first = page("kjj.window", get("/backoffice/licenses"));
    String second = page("kjj.window", get("/backoffice/licenses").param("page", "1"));
    String third = page("kjj.window", get("/backoffice/licenses").param("page", "2"));
    List<String> seen = new ArrayList<>();
    for (String html : List.of(first, second, third)) {
      seen.addAll(entries(html).stream().map(IssuedLicensesPageIntegrationTests::caseNumberOf).toList());
    }
    assertThat(entries(first)).hasSize(20);
    assertThat(entries(second)).hasSize(20);
    assertThat(entries(third)).hasSize(5);
    assertThat(seen).containsExactlyElementsOf(expectedCases);
    assertThat(entries(first).get(0)).contains("2090-02-14");

    assertThat(first).contains("id=\"pager-next\"").doesNotContain("id=\"pager-prev\"");
    assertThat(second).contains("id=\"pager-next\"", "id=\"pager-prev\"");
    assertThat(third).contains("id=\"pager-prev\"").doesNotContain("id=\"pager-next\"");
    assertThat(page("kjj.window", get("/backoffice/licenses").param("page", "3"))).contains("没有更多证照了");
  }

  @Test
  void aLicenseIsFoundByItsNumberItsCaseNumberPartOfTheHoldersNameOrTheHoldersIdNumber() throws Exception {
    String byName = page("kjj.approver", post("/backoffice/licenses").param("q", token));
    assertThat(entries(byName)).hasSize(20);
    // the next page is asked for by POST, with the text: it stays out of addresses and access logs
    assertThat(byName).contains("id=\"pager-next\"", "<input type=\"hidden\" name=\"q\" value=\"" + token + "\"").doesNotContain("licenses?q=");
    assertThat(entries(page("kjj.approver", post("/backoffice/licenses").param("q", token).param("page", "2")))).hasSize(5);

    // text without a Chinese character that is no license's, case's or ID number is looked for in the names too
    assertThat(entries(page("kjj.approver", post("/backoffice/licenses").param("q", token.substring(1)).param("page", "2")))).hasSize(5);

    String entry = entries(byName).get(3);
    String number = entry.substring(0, entry.indexOf(' '));
    assertThat(entries(page("kjj.approver", post("/backoffice/licenses").param("q", " " + number + " ")))).containsExactly(entry);
    // case numbers are upper case; a window clerk types them as they come
    assertThat(entries(page("kjj.approver", post("/backoffice/licenses").param("q", caseNumberOf(entry).toLowerCase())))).containsExactly(entry);

    IssuedLicense person = issued.get(17);
    String byId = page("kjj.approver", post("/backoffice/licenses").param("q", personId));
    assertThat(entries(byId)).hasSize(1).allMatch(e -> e.endsWith(person.caseNumber()));
    // the holder's name is shown to the issuing department; the ID number only in the box it was typed in
    assertThat(byId).contains("王" + token);
    assertThat(byId.replace("value=\"" + personId + "\"", "")).doesNotContain(personId);

    // the searches are audited, any run of letters and digits that could be a document's number masked
    page("kjj.approver", post("/backoffice/licenses").param("q", "王" + personId.substring(0, 16)));
    List<String> audited = jdbc.sql("select detail from audit_entry where actor = 'kjj.approver' and action = 'license.search' order by id")
        .query(String.class).list();
    assertThat(audited).contains(
        token, Masking.idNumber(number), personId.substring(0, 4) + "**********" + personId.substring(14),
        "王" + personId.substring(0, 4) + "********" + personId.substring(12, 16));
    assertThat(audited).noneMatch(detail -> detail.contains(personId.substring(0, 16)) || detail.contains(number));
  }

  @Test
  void aSearchInTheAddressIsNotReadSoNoIdNumberTravelsInOne() throws Exception {
    long before = searchesAudited("kjj.window");
    String html = page("kjj.window", get("/backoffice/licenses").param("q", personId));
    assertThat(entries(html)).hasSize(20);
    assertThat(html).doesNotContain(personId);
    assertThat(searchesAudited("kjj.window")).isEqualTo(before);
  }

  long searchesAudited(String actor) {
    return jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'license.search'").param(actor).query(Long.class).single();
  }

  @Test
  void aSearchTakesItsTextLiterallyAndToolongATextIsRefusedOnTheField() throws Exception {
    String percent = page("kjj.window", post("/backoffice/licenses").param("q", "%"));
    assertThat(entries(percent)).isEmpty();
    assertThat(percent).contains("没有找到与“%”相符的证照");
    assertThat(entries(page("kjj.window", post("/backoffice/licenses").param("q", token + "_")))).isEmpty();

    String tooLong = page("kjj.window", post("/backoffice/licenses").param("q", "证".repeat(Licenses.MAX_QUERY_LENGTH + 1)));
    assertThat(tooLong).contains("id=\"q-error\"", "aria-invalid=\"true\"", "查找内容不能超过64个字");
    assertThat(entries(tooLong)).hasSize(20);
  }

  @Test
  void anotherDepartmentSeesNoneOfThemAndAnApplicantCannotOpenThePage() throws Exception {
    assertThat(entries(page("gjj.window", post("/backoffice/licenses").param("q", token)))).isEmpty();
    assertThat(entries(page("gjj.window", post("/backoffice/licenses").param("q", personId)))).isEmpty();
    mvc.perform(get("/backoffice/licenses").with(user(users.loadUserByUsername("citizen")))).andExpect(status().isForbidden());
  }
}
