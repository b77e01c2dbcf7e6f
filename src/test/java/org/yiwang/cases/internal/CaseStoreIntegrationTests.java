package org.yiwang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.yiwang.cases.CaseStatus;
import org.yiwang.shared.db.TimeOrderedIds;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** A case's id is assigned, so a new case must be inserted, never merged over a case already there. */
@IntegrationTest
class CaseStoreIntegrationTests extends DatabaseProperties {

  @Autowired ApplicationCases cases;
  @Autowired CaseSummaryColumns summaryColumns;

  @Test
  void aNewCaseWithAnIdAlreadyTakenFailsAndLeavesTheFirstCaseAsItWas() {
    String id = TimeOrderedIds.next();
    ApplicationCase first = cases.saveAndFlush(draft(id, "T1" + id.substring(id.length() - 12), "张三"));
    assertThat(first.status()).isEqualTo(CaseStatus.DRAFT);

    assertThatThrownBy(() -> cases.saveAndFlush(draft(id, "T2" + id.substring(id.length() - 12), "李四")))
        .isInstanceOf(DataIntegrityViolationException.class);

    ApplicationCase kept = cases.findById(id).orElseThrow();
    assertThat(kept.applicantName()).isEqualTo("张三");
    assertThat(kept.number()).startsWith("T1");
  }

  @Test
  void aCaseReadBackIsUpdatedInPlaceUnderItsVersion() {
    String id = TimeOrderedIds.next();
    ApplicationCase draft = draft(id, "T3" + id.substring(id.length() - 12), "王五");
    assertThat(draft.isNew()).isTrue();
    cases.saveAndFlush(draft);
    assertThat(draft.isNew()).as("once stored").isFalse();

    ApplicationCase read = cases.findById(id).orElseThrow();
    assertThat(read.isNew()).isFalse();
    read.updateForm("{\"note\":\"改\"}", OffsetDateTime.now());
    cases.saveAndFlush(read);

    assertThat(cases.findById(id).orElseThrow().formData()).contains("改");
  }

  @Test
  void aListsColumnsReadAsColumnsAreThoseOfTheCaseReadAsAnEntity() {
    OffsetDateTime now = OffsetDateTime.parse("2026-11-27T09:30:15.123456+08:00");
    String draftId = TimeOrderedIds.next();
    cases.saveAndFlush(draft(draftId, "T4" + draftId.substring(draftId.length() - 12), "赵六"));
    String submittedId = TimeOrderedIds.next();
    ApplicationCase submitted = draft(submittedId, "T5" + submittedId.substring(submittedId.length() - 12), "孙七");
    submitted.submit(now, LocalDate.of(2026, 12, 4));
    cases.saveAndFlush(submitted);
    String stoppedId = TimeOrderedIds.next();
    ApplicationCase stopped = draft(stoppedId, "T6" + stoppedId.substring(stoppedId.length() - 12), "周八");
    stopped.submit(now, LocalDate.of(2026, 12, 4));
    stopped.accept(now.plusHours(2), LocalDate.of(2026, 12, 18));
    stopped.stopClock(LocalDate.of(2026, 11, 30));
    cases.saveAndFlush(stopped);

    List<String> ids = List.of(draftId, submittedId, stoppedId, "no-such-case");
    Map<String, CaseSummaryColumns.Columns> read =
        summaryColumns.byIds(ids).stream().collect(Collectors.toMap(CaseSummaryColumns.Columns::id, Function.identity()));

    assertThat(read).containsOnlyKeys(draftId, submittedId, stoppedId);
    for (String id : List.of(draftId, submittedId, stoppedId)) {
      var entity = CaseSummaryColumns.Columns.of(cases.findById(id).orElseThrow());
      var columns = read.get(id);
      assertThat(columns).usingRecursiveComparison().ignoringFields("createdAt", "submittedAt").isEqualTo(entity);
      assertThat(columns.createdAt()).isAtSameInstantAs(entity.createdAt());
      if (entity.submittedAt() == null) {
        assertThat(columns.submittedAt()).isNull();
      } else {
        assertThat(columns.submittedAt()).isAtSameInstantAs(entity.submittedAt());
      }
    }
    assertThat(read.get(stoppedId).clockStoppedSince()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(read.get(stoppedId).status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(read.get(draftId).acceptDeadline()).isNull();
    assertThat(summaryColumns.byIds(List.of())).isEmpty();
  }

  @Test
  void anApplicantsCasesComeAPageAtATimeNewestFirstEachOnce() {
    String applicant = "pages-" + TimeOrderedIds.next().substring(24);
    OffsetDateTime at = OffsetDateTime.parse("2026-11-27T09:30:00+08:00");
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = TimeOrderedIds.next();
      ids.add(id);
      // the last two share their creation time: the id decides between them
      OffsetDateTime created = i < 3 ? at.plusMinutes(i) : at.plusMinutes(10);
      cases.saveAndFlush(ofApplicant(id, "T7" + id.substring(id.length() - 12), applicant, created));
    }
    // the two sharing a time in the order of their ids, descending, as the query breaks the tie
    List<String> tied = ids.subList(3, 5).stream().sorted(java.util.Comparator.reverseOrder()).toList();
    List<String> newestFirst = List.of(tied.get(0), tied.get(1), ids.get(2), ids.get(1), ids.get(0));
    List<String> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < 6; offset += 2) {
      paged.addAll(summaryColumns.pageOfApplicant(applicant, offset, 2).stream().map(CaseSummaryColumns.Columns::id).toList());
    }
    assertThat(paged).containsExactlyElementsOf(newestFirst);
    assertThat(summaryColumns.pageOfApplicant(applicant, 5, 2)).isEmpty();
    assertThat(summaryColumns.pageOfApplicant("nobody-" + applicant, 0, 20)).isEmpty();
  }

  private static ApplicationCase draft(String id, String number, String applicantName) {
    return new ApplicationCase(
        id, number, "TEST-ITEM", 1, "测试事项", "TEST-DEPT", "default", "默认情形",
        new ApplicationCase.Applicant("test-store", applicantName, "PERSON", "1101**********1234", "1234"),
        null, "{}", OffsetDateTime.now());
  }

  private static ApplicationCase ofApplicant(String id, String number, String username, OffsetDateTime created) {
    return new ApplicationCase(
        id, number, "TEST-ITEM", 1, "测试事项", "TEST-DEPT", "default", "默认情形",
        new ApplicationCase.Applicant(username, "吴九", "PERSON", "1101**********1234", "1234"),
        null, "{}", created);
  }
}
