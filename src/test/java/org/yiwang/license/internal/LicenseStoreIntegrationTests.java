package org.yiwang.license.internal;

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
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** A license's identifier is assigned, so a new license must be inserted, never merged over one already issued. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LicenseStoreIntegrationTests extends DatabaseProperties {

  private static final String HOLDER_ID = "110101199001011234";

  @Autowired ELicenses licenses;

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

  private static ELicense license(String identifier, String holderName, String number) {
    LocalDate today = LocalDate.now();
    var license = new ELicense(
        identifier, "测试证照", number + "-" + identifier, "测试证照", "TEST01", "test-holder", holderName, HOLDER_ID,
        "111", "测试局", "11210800TEST", "210800-TEST", today, today.plusYears(1), "210800", "{}", null, null, OffsetDateTime.now());
    license.signed("test-key", "c2lnbmF0dXJl", OffsetDateTime.now());
    return license;
  }
}
