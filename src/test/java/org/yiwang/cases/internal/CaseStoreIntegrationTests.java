package org.yiwang.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
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

  private static ApplicationCase draft(String id, String number, String applicantName) {
    return new ApplicationCase(
        id, number, "TEST-ITEM", 1, "测试事项", "TEST-DEPT", "default", "默认情形",
        new ApplicationCase.Applicant("test-store", applicantName, "PERSON", "1101**********1234", "1234"),
        null, "{}", OffsetDateTime.now());
  }
}
