package org.yiwang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** The public catalogue API of API.md, over the demo catalogue (Yingkou's figures). */
@IntegrationTest
class CatalogApiIntegrationTests extends DatabaseProperties {

  private static final String FOOD_LICENCE = "210800-SCJGJ-XK-0001";

  @Autowired MockMvc mvc;

  @Test
  void overviewReproducesThePapersFigures() throws Exception {
    mvc.perform(get("/api/v1/stats/overview"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.departments").value(34))
        .andExpect(jsonPath("$.items").value(1287))
        .andExpect(jsonPath("$.fullyOnlineItems").value(651))
        .andExpect(jsonPath("$.fullyOnlineRate").value(50.58));
  }

  @Test
  void departmentsCountTheirPublishedItems() throws Exception {
    String body =
        mvc.perform(get("/api/v1/departments"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(34)))
            .andExpect(jsonPath("$[*].code", hasItem("scjgj")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Integer> items = JsonPath.read(body, "$[*].itemCount");
    List<Integer> online = JsonPath.read(body, "$[*].fullyOnlineCount");
    assertThat(items.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1287);
    assertThat(online.stream().mapToInt(Integer::intValue).sum()).isEqualTo(651);
  }

  @Test
  void chineseSearchFindsAWordInsideALongerOne() throws Exception {
    // smartcn cuts 食品许可 into 许可 but 食品经营许可证核发 into 许可证: the bigrams still find it
    String body =
        mvc.perform(get("/api/v1/items").param("q", "食品许可").param("size", "50"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.total", greaterThan(0)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> names = JsonPath.read(body, "$.items[*].name");
    assertThat(names).contains("食品经营许可证核发");
    List<String> highlighted = JsonPath.read(body, "$.items[?(@.name == '食品经营许可证核发')].highlightedName");
    assertThat(highlighted).containsExactly("<mark>食品</mark>经营<mark>许可</mark>证核发");
  }

  @Test
  void searchRanksNameMatchesFirst() throws Exception {
    mvc.perform(get("/api/v1/items").param("q", "公积金"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].name", containsString("公积金")))
        .andExpect(jsonPath("$.items[*].name", hasItem("住房公积金提取")));
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"社保, 社会保险注销登记", "驾照, 机动车驾驶证补证", "残疾证, 残疾人证换领", "个税, 个人所得税扣缴申报"})
  void searchFindsItemsByTheShortNamesPeopleUse(String q, String item) throws Exception {
    String body = mvc.perform(get("/api/v1/items").param("q", q).param("size", "100"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
    List<String> names = JsonPath.read(body, "$.items[*].name");
    assertThat(names).contains(item);
  }

  @Test
  void aShortNameIsHighlightedWhereTheItemSaysItInFull() throws Exception {
    String body = mvc.perform(get("/api/v1/items").param("q", "社保注销").param("size", "100"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
    List<String> highlighted = JsonPath.read(body, "$.items[?(@.name == '社会保险注销登记')].highlightedName");
    assertThat(highlighted).containsExactly("<mark>社会保险注销</mark>登记");
  }

  @Test
  void pinyinInitialsFindItems() throws Exception {
    mvc.perform(get("/api/v1/items").param("q", "spjyxkz"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].name", hasItem("食品经营许可证核发")));
  }

  @Test
  void searchFiltersByDepartmentAndFullyOnline() throws Exception {
    mvc.perform(get("/api/v1/items").param("department", "gjj").param("fullyOnline", "true").param("size", "100"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total", greaterThan(0)))
        .andExpect(jsonPath("$.items[*].departmentCode", everyItem(org.hamcrest.Matchers.is("gjj"))))
        .andExpect(jsonPath("$.items[*].fullyOnline", everyItem(org.hamcrest.Matchers.is(true))));
  }

  @Test
  void pagesThroughTheWholeCatalogue() throws Exception {
    mvc.perform(get("/api/v1/items").param("page", "64").param("size", "20"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1287))
        .andExpect(jsonPath("$.page").value(64))
        .andExpect(jsonPath("$.items", hasSize(7)));
  }

  @Test
  void aWordInEveryItemCountsEveryItem() throws Exception {
    // every item's guide names its department, 营口市…; asked for the first page, Lucene counted to
    // 1,000 hits and no further (1,027); asked for 1,300 hits (page 64) it counts them all anyway
    mvc.perform(get("/api/v1/items").param("q", "营口").param("page", "0").param("size", "20"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1287))
        .andExpect(jsonPath("$.items", hasSize(20)));
    mvc.perform(get("/api/v1/items").param("q", "营口").param("page", "64").param("size", "20"))
        .andExpect(jsonPath("$.total").value(1287))
        .andExpect(jsonPath("$.items", hasSize(7)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"食品 AND 许可", "\"; drop table service_item; --", "a*b?c~ [x TO y] name:(", "\\", "   "})
  void queryAndSqlSyntaxIsJustText(String q) throws Exception {
    mvc.perform(get("/api/v1/items").param("q", q)).andExpect(status().isOk()).andExpect(jsonPath("$.total", notNullValue()));
  }

  @Test
  void aTenThousandCharacterSearchIsABadRequest() throws Exception {
    mvc.perform(get("/api/v1/items").param("q", "食".repeat(10_000)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("q"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=x", "page=-1", "size=0", "size=1000", "page=99999", "fullyOnline=maybe"})
  void malformedPagingIsABadRequestNamingTheField(String query) throws Exception {
    String[] parts = query.split("=");
    mvc.perform(get("/api/v1/items").param(parts[0], parts[1]))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[0].field").value(parts[0]))
        .andExpect(jsonPath("$.errors[0].message", not(containsString("Exception"))));
  }

  @Test
  void unknownItemIsAProblemInTheCallersLanguage() throws Exception {
    mvc.perform(get("/api/v1/items/NO-SUCH-ITEM"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("未找到"))
        .andExpect(jsonPath("$.detail", containsString("NO-SUCH-ITEM")));
    mvc.perform(get("/api/v1/items/NO-SUCH-ITEM").header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Not found"))
        .andExpect(jsonPath("$.detail").value("Service NO-SUCH-ITEM does not exist or is not published."));
  }

  @Test
  void itemGuideHasEveryElementOfTheImplementationList() throws Exception {
    mvc.perform(get("/api/v1/items/" + FOOD_LICENCE))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(FOOD_LICENCE))
        .andExpect(jsonPath("$.name").value("食品经营许可证核发"))
        .andExpect(jsonPath("$.departmentCode").value("scjgj"))
        .andExpect(jsonPath("$.type").value("ADMINISTRATIVE_LICENSE"))
        .andExpect(jsonPath("$.responsibleOffice", not(org.hamcrest.Matchers.emptyString())))
        .andExpect(jsonPath("$.legalBasis[0].article", containsString("条")))
        .andExpect(jsonPath("$.situations[0].code", notNullValue()))
        .andExpect(jsonPath("$.situations[0].materials[0].legalBasis", containsString("条")))
        .andExpect(jsonPath("$.situations[0].materials[0].blankFormUrl", containsString("/items/" + FOOD_LICENCE + "/files/")))
        .andExpect(jsonPath("$.situations[0].materials[0].sampleUrl", notNullValue()))
        .andExpect(jsonPath("$.situations[0].form").isArray())
        .andExpect(jsonPath("$.situations[0].form[0].name", notNullValue()))
        .andExpect(jsonPath("$.situations[0].form[0].type", notNullValue()))
        .andExpect(jsonPath("$.steps[0].name", notNullValue()))
        .andExpect(jsonPath("$.statutoryDays", greaterThan(0)))
        .andExpect(jsonPath("$.fees").isArray())
        .andExpect(jsonPath("$.place", containsString("营口")))
        .andExpect(jsonPath("$.result.name", notNullValue()))
        .andExpect(jsonPath("$.result.sampleUrl", notNullValue()))
        .andExpect(jsonPath("$.onlineDepth", notNullValue()))
        .andExpect(jsonPath("$.flowchartUrl").value("/api/v1/items/" + FOOD_LICENCE + "/flowchart.svg"));
  }

  @Test
  void theGuideLeadsToTheItemsSituations() throws Exception {
    String body =
        mvc.perform(get("/api/v1/items").param("q", "住房公积金提取").param("department", "gjj"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String code = JsonPath.read(body, "$.items[0].code");
    String item = mvc.perform(get("/api/v1/items/" + code)).andReturn().getResponse().getContentAsString();
    List<String> situations = JsonPath.read(item, "$.situations[*].code");
    List<String> targets = JsonPath.read(item, "$.guide.questions[*].options[*].situation");
    assertThat(situations).hasSizeGreaterThanOrEqualTo(3);
    assertThat(targets).containsExactlyInAnyOrderElementsOf(situations);
  }

  @Test
  void flowchartIsAnSvgOfTheItemsSteps() throws Exception {
    String body =
        mvc.perform(get("/api/v1/items/" + FOOD_LICENCE))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> steps = JsonPath.read(body, "$.steps[*].name");
    String svg =
        mvc.perform(get("/api/v1/items/" + FOOD_LICENCE + "/flowchart.svg"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(svg).startsWith("<svg").contains("<title");
    int last = -1;
    for (String step : steps) {
      int at = svg.indexOf(">" + step + "<", last + 1);
      assertThat(at).as("step %s drawn after the previous one", step).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void blankFormsAndSamplesAreRealPdfs() throws Exception {
    String body = mvc.perform(get("/api/v1/items/" + FOOD_LICENCE)).andReturn().getResponse().getContentAsString();
    String name = JsonPath.read(body, "$.situations[0].materials[0].name");
    for (String url : List.of(
        JsonPath.<String>read(body, "$.situations[0].materials[0].blankFormUrl"),
        JsonPath.<String>read(body, "$.situations[0].materials[0].sampleUrl"),
        JsonPath.<String>read(body, "$.result.sampleUrl"))) {
      byte[] pdf =
          mvc.perform(get(url))
              .andExpect(status().isOk())
              .andExpect(header().string("Content-Type", "application/pdf"))
              .andExpect(header().string("Content-Disposition", containsString("attachment")))
              .andReturn()
              .getResponse()
              .getContentAsByteArray();
      try (var document = Loader.loadPDF(pdf)) {
        assertThat(document.getNumberOfPages()).isEqualTo(1);
        String text = new PDFTextStripper().getText(document);
        if (!url.equals(JsonPath.read(body, "$.result.sampleUrl"))) {
          assertThat(text).contains(name);
        }
      }
    }
  }

  @Test
  void aFileNotReferencedByThePublishedItemIsNotServed() throws Exception {
    mvc.perform(get("/items/" + FOOD_LICENCE + "/files/" + "0".repeat(64))).andExpect(status().isNotFound());
    mvc.perform(get("/items/" + FOOD_LICENCE + "/files/../../etc/passwd")).andExpect(status().is4xxClientError());
  }

  @Test
  void openApiDocumentsTheApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/v1/items']", notNullValue()))
        .andExpect(jsonPath("$.paths['/api/v1/stats/overview']", notNullValue()));
  }

  @Test
  void healthAndMetricsAreExposed() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/prometheus"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jvm_memory_used_bytes")));
  }
}
