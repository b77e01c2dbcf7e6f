package org.yiwang.license.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.yiwang.shared.YiwangProperties;
import org.yiwang.support.CaseFixtures;

/** SM3withSM2 signatures: raw, and over a whole PDF, each refusing a changed byte. */
class SignaturesTests {

  @Test
  void aSignedPdfVerifiesAndAChangedByteDoesNot() throws Exception {
    var keys = new DepartmentKeys(new YiwangProperties(Files.createTempDirectory("keys"), null));
    var key = keys.current("scjgj", "营口市市场监督管理局");
    byte[] signed = LicensePdf.sign(CaseFixtures.pdf("证照"), key, "营口市市场监督管理局");
    try (var document = Loader.loadPDF(signed)) {
      var signature = document.getSignatureDictionaries().get(0);
      byte[] cms = signature.getContents(signed);
      byte[] content = signature.getSignedContent(signed);
      assertThat(Signatures.cmsSigner(cms, content)).isNotNull();
      content[10] ^= 1;
      assertThat(Signatures.cmsSigner(cms, content)).isNull();
    }
  }

  @Test
  void aRawSignatureVerifiesOnlyItsOwnContent() throws Exception {
    var keys = new DepartmentKeys(new YiwangProperties(Files.createTempDirectory("keys"), null));
    var key = keys.current("gjj", "营口市住房公积金管理中心");
    byte[] content = "证照".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] signature = Signatures.sign(key.privateKey(), content);
    assertThat(Signatures.verify(key.certificate(), content, signature)).isTrue();
    assertThat(Signatures.verify(key.certificate(), "证".getBytes(java.nio.charset.StandardCharsets.UTF_8), signature)).isFalse();
    var rotated = keys.rotate("gjj", "营口市住房公积金管理中心");
    assertThat(rotated.keyId()).isNotEqualTo(key.keyId());
    assertThat(keys.certificate(key.keyId())).contains(key.certificate());
    assertThat(keys.current("gjj", "x").keyId()).isEqualTo(rotated.keyId());
  }
}
