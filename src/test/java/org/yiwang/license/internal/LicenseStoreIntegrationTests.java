package org.yiwang.license.internal;

import org.yiwang.shared.TimeConfiguration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.yiwang.cases.HeldLicenses;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** A license's identifier is assigned, so a new license must be inserted, never merged over one already issued. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LicenseStoreIntegrationTests extends DatabaseProperties {

  private static final String HOLDER_ID = "110101199001011234";

  @Autowired ELicenses licenses;
  @Autowired HeldLicenses library;

  @Test
  void aNewLicenseWithAnIdentifierAlreadyIssuedFailsAndLeavesTheIssuedOneAsItWas(CapturedOutput output) {
    String identifier = "TEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    licenses.saveAndFlush(license(identifier, "张三", "first-number"));

    assertThatThrownBy(() -> licenses.saveAndFlush(license(identifier, "李四", "second-number")))
        .isInstanceOf(DataIntegrityViolationException.class);

    ELicense kept = licenses.findById(identifier).orElseThrow();
    assertThat(kept.holderName()).isEqualTo("张三");
    assertThat(kept.number()).startsWith("first-number");
    assertThat(kept.isNew()).isFalse();
    // the failure is logged, without the statement's values: the holder's ID number stays out of the log
    assertThat(output.getAll()).contains("23505").doesNotContain(HOLDER_ID);
  }

  @Test
  void aLicenseReadBackIsUpdatedInPlace() {
    String identifier = "TEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    ELicense issued = licenses.saveAndFlush(license(identifier, "王五", "a-number"));
    assertThat(issued.isNew()).isFalse();

    ELicense read = licenses.findById(identifier).orElseThrow();
    read.revoke("测试吊销", OffsetDateTime.now());
    licenses.saveAndFlush(read);

    assertThat(licenses.findById(identifier).orElseThrow().revokedReason()).isEqualTo("测试吊销");
    assertThat(licenses.count()).isPositive();
  }

  @Test
  void aLicenseStandsInOnlyWhileItIsNeitherRevokedNorExpiredTheNewestFirst() {
    String holder = "holder-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDate today = LocalDate.now(TimeConfiguration.CHINA);
    String older = held(holder, "营业执照", today.minusYears(2), null);
    assertThat(library.valid(holder, "营业执照")).map(HeldLicenses.HeldLicense::identifier).contains(older);

    String newer = held(holder, "营业执照", today.minusYears(1), today.plusYears(1));
    held(holder, "食品经营许可证", today, today.plusYears(5));
    assertThat(library.valid(holder, "营业执照")).map(HeldLicenses.HeldLicense::identifier).contains(newer);

    ELicense revoked = licenses.findById(newer).orElseThrow();
    revoked.revoke("测试注销", OffsetDateTime.now());
    licenses.saveAndFlush(revoked);
    held(holder, "营业执照", today.minusDays(1), today.minusDays(1)); // the newest, expired yesterday
    assertThat(library.valid(holder, "营业执照")).map(HeldLicenses.HeldLicense::identifier).contains(older);
    held(holder, "营业执照", today, today); // valid through today
    assertThat(library.valid(holder, "营业执照")).map(HeldLicenses.HeldLicense::identifier).isPresent().get().isNotEqualTo(older);
    assertThat(library.valid(holder, "税务登记证")).isEmpty();
    assertThat(library.valid("someone-else", "营业执照")).isEmpty();
  }

  private String held(String holder, String type, LocalDate issuedOn, LocalDate validUntil) {
    String identifier = "TEST" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    var license = new ELicense(
        identifier, type, "N-" + identifier, type, "TEST01", holder, "测试企业", "91210800MA0YK1234X",
        "001", "测试局", "11210800TEST", "210800-TEST", issuedOn, validUntil, "210800", "{}", null, null, OffsetDateTime.now());
    license.signed("test-key", "c2lnbmF0dXJl", OffsetDateTime.now());
    licenses.saveAndFlush(license);
    return identifier;
  }

  private static ELicense license(String identifier, String holderName, String number) {
    LocalDate today = LocalDate.now(TimeConfiguration.CHINA);
    var license = new ELicense(
        identifier, "测试证照", number + "-" + identifier, "测试证照", "TEST01", "test-holder", holderName, HOLDER_ID,
        "111", "测试局", "11210800TEST", "210800-TEST", today, today.plusYears(1), "210800", "{}", null, null, OffsetDateTime.now());
    license.signed("test-key", "c2lnbmF0dXJl", OffsetDateTime.now());
    return license;
  }
}
