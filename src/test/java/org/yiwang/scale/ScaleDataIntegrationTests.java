package org.yiwang.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yiwang.YiwangApplication;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.identity.Accounts;
import org.yiwang.license.LicenseStatus;
import org.yiwang.license.Licenses;
import org.yiwang.shared.db.Dialect;
import org.yiwang.shared.files.FileStore;
import org.yiwang.support.TestDatabases;

/**
 * The province generator on a database of its own (H2 and PostgreSQL): the catalogue grows to the
 * asked size across other cities' departments, the case history arrives with timelines, materials,
 * finished tasks and signed licenses, and a second run, or a run resumed after losing a chunk,
 * gives back exactly the same rows and never duplicates one; a history made before materials were
 * generated is given the same materials.
 */
class ScaleDataIntegrationTests {

  private static final int ITEMS = 1_400;
  private static final int CASES = 2_500;
  private static final int SEED = 7;
  private static final String GENERATED = "(select id from application_case where case_number like 'S07%')";

  @Test
  void generatesTheProvinceDeterministicallyAndResumesWithoutDuplicates() throws Exception {
    Map<String, Object> database = TestDatabases.isolated("scale");
    try (var app =
        new SpringApplicationBuilder(YiwangApplication.class)
            .profiles("demo")
            .run(TestDatabases.arguments(withScale(database)))) {
      var jdbc = app.getBean(JdbcTemplate.class);
      assertThat(app.getBean(ServiceCatalog.class).publishedItems()).hasSize(ITEMS);
      if (app.getBean(Dialect.class).postgres()) {
        assertThat(jdbc.queryForObject("select last_vacuum is not null from pg_stat_user_tables where relname = 'application_case'", Boolean.class))
            .as("the loaded tables are vacuumed, so index-only scans need not visit them")
            .isTrue();
      }
      assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isEqualTo(34 + 34);
      assertThat(jdbc.queryForList("select name from department where code = '210100-scjgj'", String.class))
          .containsExactly("沈阳市市场监督管理局");
      assertThat(jdbc.queryForObject("select count(*) from application_case where case_number like 'S07%'", Integer.class))
          .isEqualTo(CASES);
      assertThat(jdbc.queryForObject(
              "select count(*) from application_case c where case_number like 'S07%' and not exists"
                  + " (select 1 from case_event e where e.case_id = c.id and e.kind = 'SUBMITTED')", Integer.class))
          .isZero();
      assertThat(jdbc.queryForObject(
              "select count(*) from application_case c where case_number like 'S07%' and status <> 'WITHDRAWN' and not exists"
                  + " (select 1 from finished_task t where t.case_id = c.id and t.completed_by like '%.window')", Integer.class))
          .as("every case that was not withdrawn has its window's finished task")
          .isZero();
      assertThat(jdbc.queryForObject("select count(*) from finished_task", Integer.class)).isGreaterThan(CASES * 2);
      assertThat(jdbc.queryForObject(
              "select count(*) from application_case where case_number like 'S07%' and applicant_username between ? and ?",
              Integer.class, CaseHistories.person(1), CaseHistories.person(CaseHistories.BUSY_APPLICANTS)))
          .as("the busy applicants hold a few percent of all cases").isGreaterThan(CASES / 50);

      var catalog = app.getBean(ServiceCatalog.class);
      for (var c : jdbc.queryForList(
          "select id, item_code, item_version, situation_code from application_case where case_number like 'S07%' order by case_number limit 200")) {
        var situation = catalog.itemVersion((String) c.get("item_code"), ((Number) c.get("item_version")).intValue()).orElseThrow()
            .content().situations().stream().filter(s -> s.code().equals(c.get("situation_code"))).findFirst().orElseThrow();
        var required = situation.materials().stream().filter(ItemContent.Material::required).map(ItemContent.Material::code).toList();
        assertThat(jdbc.queryForList("select material_code from case_material where case_id = ?", String.class, c.get("id")))
            .as("a case holds the required materials of its situation")
            .containsAll(required)
            .allMatch(code -> situation.materials().stream().anyMatch(m -> m.code().equals(code)));
      }
      assertThat(jdbc.queryForObject("select count(*) from case_material where case_id in " + GENERATED, Integer.class)).isGreaterThan(CASES * 2);
      var material = jdbc.queryForMap(
          "select m.file_id, m.display_name from case_material m"
              + " join application_case c on c.id = m.case_id where c.case_number = 'S07000000000042' order by m.material_code limit 1");
      assertThat((String) material.get("display_name")).endsWith(".pdf");
      assertThat(jdbc.queryForObject(
              "select count(*) from case_material m join application_case c on c.id = m.case_id where c.case_number like 'S07%'"
                  + " and (m.uploaded_at < c.created_at or m.uploaded_at > c.submitted_at)", Integer.class))
          .as("materials are uploaded between the draft and the submission")
          .isZero();
      var files = app.getBean(FileStore.class);
      var scan = files.find((String) material.get("file_id")).orElseThrow();
      assertThat(new String(files.read(scan), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

      // a generated license is signed by its department and verifies
      var license = jdbc.queryForMap("select identifier, holder_username from e_license where case_number like 'S07%' order by case_number limit 1");
      var licenses = app.getBean(Licenses.class);
      var holder = app.getBean(Accounts.class).find((String) license.get("holder_username")).orElseThrow();
      var verification = licenses.verifyPdf(licenses.pdf(holder, (String) license.get("identifier")));
      assertThat(verification.valid()).as(verification.reason()).isTrue();
      assertThat(verification.status()).isEqualTo(LicenseStatus.VALID);

      List<String> before = snapshot(jdbc);
      assertThat(before).hasSizeGreaterThan(CASES * 4);

      // a second run adds nothing
      assertThat(app.getBean(ProvinceCatalogue.class).generate(ITEMS, SEED)).isZero();
      assertThat(app.getBean(CaseHistories.class).generate(CASES, SEED)).isEqualTo(new CaseHistories.Added(0, 0));
      assertSameRows(snapshot(jdbc), before);

      // a history generated before materials were is given its cases' materials, and no case; the
      // materials follow the cases as stored (here one case's applicant changed), not as drawn again
      long materials = jdbc.queryForObject("select count(*) from case_material where case_id in " + GENERATED, Long.class);
      String moved = "S07000000000042";
      String applicant = jdbc.queryForObject("select applicant_username from application_case where case_number = ?", String.class, moved);
      jdbc.update("update application_case set applicant_username = 'sp9999999' where case_number = ?", moved);
      jdbc.update("delete from case_material where case_id in " + GENERATED);
      jdbc.update("delete from scale_chunk where seed = ? and kind = 'materials'", SEED);
      assertThat(app.getBean(CaseHistories.class).generate(CASES, SEED)).isEqualTo(new CaseHistories.Added(0, materials));
      assertThat(jdbc.queryForList(
              "select distinct uploaded_by from case_material where case_id = (select id from application_case where case_number = ?)",
              String.class, moved))
          .containsExactly("sp9999999");
      jdbc.update("update application_case set applicant_username = ? where case_number = ?", applicant, moved);
      jdbc.update("update case_material set uploaded_by = ? where case_id = (select id from application_case where case_number = ?)", applicant, moved);
      assertSameRows(snapshot(jdbc), before);

      // a run that lost its second chunk makes exactly that chunk again
      String chunk = "(select id from application_case where case_number between 'S07000000001000' and 'S07000000001999')";
      long chunkMaterials = jdbc.queryForObject("select count(*) from case_material where case_id in " + chunk, Long.class);
      jdbc.update("delete from e_license where case_id in " + chunk);
      jdbc.update("delete from case_material where case_id in " + chunk);
      jdbc.update("delete from case_event where case_id in " + chunk);
      jdbc.update("delete from finished_task where case_id in " + chunk);
      jdbc.update("delete from application_case where id in " + chunk);
      jdbc.update("delete from scale_chunk where seed = ? and chunk_no = 1", SEED);
      assertThat(app.getBean(CaseHistories.class).generate(CASES, SEED)).isEqualTo(new CaseHistories.Added(1000, chunkMaterials));
      assertSameRows(snapshot(jdbc), before);

      // asking for more than the province's jurisdictions implement is refused with the reason
      assertThatThrownBy(() -> app.getBean(ProvinceCatalogue.class).generate(1_000_000, SEED))
          .hasMessageContaining("at most");
    }
  }

  private static Map<String, Object> withScale(Map<String, Object> database) {
    var properties = new java.util.HashMap<>(database);
    properties.putAll(Map.of(
        "yiwang.scale.generate", true, "yiwang.scale.items", ITEMS, "yiwang.scale.cases", CASES, "yiwang.scale.seed", SEED,
        "server.port", 0, "yiwang.supervision.first-check", "PT1H"));
    return properties;
  }

  @Test
  void nonsenseOptionsAreRefusedWithTheReason() {
    assertThatThrownBy(() -> new ScaleOptions(true, -1, 10L, 1)).hasMessageContaining("yiwang.scale.items");
    assertThatThrownBy(() -> new ScaleOptions(true, 10, -5L, 1)).hasMessageContaining("yiwang.scale.cases");
    assertThatThrownBy(() -> new ScaleOptions(true, 10, 10L, 100)).hasMessageContaining("yiwang.scale.seed");
  }

  /** Compared row by row, so that a difference is shown as its row, not as two lists of thousands. */
  private static void assertSameRows(List<String> rows, List<String> expected) {
    for (int i = 0; i < Math.min(rows.size(), expected.size()); i++) {
      assertThat(rows.get(i)).as("row %d", i).isEqualTo(expected.get(i));
    }
    assertThat(rows).hasSameSizeAs(expected);
  }

  /** Everything generated, in a fixed order, without the values the database assigns (ids, serials). */
  private static List<String> snapshot(JdbcTemplate jdbc) {
    var rows = new java.util.ArrayList<String>();
    rows.addAll(jdbc.queryForList(
        "select concat(case_number, '|', item_code, '|', situation_code, '|', applicant_username, '|', status, '|', form_data, '|',"
            + " cast(submitted_at as varchar(40)), '|', cast(completed_at as varchar(40))) from application_case"
            + " where case_number like 'S07%' order by case_number", String.class));
    rows.addAll(jdbc.queryForList(
        "select concat(c.case_number, '|', e.kind, '|', coalesce(e.step_name, ''), '|', e.actor, '|', cast(e.occurred_at as varchar(40)))"
            + " from case_event e join application_case c on c.id = e.case_id where c.case_number like 'S07%'"
            + " order by c.case_number, e.occurred_at, e.kind", String.class));
    rows.addAll(jdbc.queryForList(
        "select concat(t.task_id, '|', c.case_number, '|', t.step_name, '|', t.candidate_groups, '|', t.completed_by, '|',"
            + " cast(t.completed_at as varchar(40))) from finished_task t join application_case c on c.id = t.case_id"
            + " where c.case_number like 'S07%' order by t.task_id", String.class));
    rows.addAll(jdbc.queryForList(
        "select concat(c.case_number, '|', m.material_code, '|', m.file_id, '|', m.display_name, '|', cast(m.uploaded_at as varchar(40)), '|',"
            + " m.uploaded_by) from case_material m join application_case c on c.id = m.case_id where c.case_number like 'S07%'"
            + " order by c.case_number, m.material_code", String.class));
    rows.addAll(jdbc.queryForList(
        "select concat(case_number, '|', license_name, '|', holder_id, '|', cast(issued_on as varchar(20))) from e_license"
            + " where case_number like 'S07%' order by case_number", String.class));
    return rows;
  }
}
