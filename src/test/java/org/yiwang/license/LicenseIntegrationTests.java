package org.yiwang.license;

import org.yiwang.shared.TimeConfiguration;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yiwang.support.ApiClient;
import org.yiwang.support.ApiClient.Response;
import org.yiwang.support.CaseFixtures;
import org.yiwang.support.DatabaseProperties;
import org.yiwang.support.IntegrationTest;

/** An approved case issues a signed e-license; it verifies by QR and by PDF, independently too, and revocation shows. */
@IntegrationTest
class LicenseIntegrationTests extends DatabaseProperties {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  /** Applies for the food licence as the citizen and takes it through to approval; the case id. */
  String approvedCase() {
    api = new ApiClient(port);
    String id =
        api.post("citizen", "/api/v1/cases", "{\"itemCode\":\"%s\",\"situationCode\":\"new\",\"form\":%s}".formatted(CaseFixtures.FOOD_LICENCE, CaseFixtures.foodForm()))
            .string("$.id");
    for (String m : List.of("m1", "m2", "m3", "m4", "m5", "m6")) {
      api.upload("citizen", "/api/v1/cases/" + id + "/materials", Map.of("materialCode", m), m + ".pdf", CaseFixtures.pdf(m));
    }
    assertThat(api.post("citizen", "/api/v1/cases/" + id + "/submit", null).status()).isEqualTo(200);
    for (String staff : List.of("scjgj.window", "scjgj.approver", "scjgj.supervisor", "scjgj.approver", "scjgj.window")) {
      List<String> tasks = api.get(staff, "/api/v1/tasks?size=200").json("$[?(@.caseId == '" + id + "')].id");
      for (String task : tasks) {
        String action = api.get(staff, "/api/v1/tasks?size=200").<List<String>>json("$[?(@.id == '" + task + "')].kind").get(0).equals("ACCEPTANCE") ? "ACCEPT" : "APPROVE";
        assertThat(api.post(staff, "/api/v1/tasks/" + task + "/complete", "{\"action\":\"" + action + "\",\"opinion\":\"同意\"}").status()).isEqualTo(200);
      }
    }
    assertThat(api.get("citizen", "/api/v1/cases/" + id).string("$.status")).isEqualTo("COMPLETED");
    return id;
  }

  String licenseOf(String caseNumber) {
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> api.get("citizen", "/api/v1/licenses").status() == 200
        && !api.get("citizen", "/api/v1/licenses/").body().isEmpty()
        && licenses().stream().anyMatch(l -> caseNumber.equals(caseNumberOf(l))));
    return licenses().stream().filter(l -> caseNumber.equals(caseNumberOf(l))).findFirst().orElseThrow();
  }

  List<String> licenses() {
    return api.get("citizen", "/api/v1/licenses").json("$[*].identifier");
  }

  String caseNumberOf(String identifier) {
    return api.get("citizen", "/api/v1/licenses/" + identifier).string("$.caseNumber");
  }

  static String qrOf(byte[] pdf) throws Exception {
    return org.yiwang.support.Qr.fromPdf(pdf);
  }

  Response verifyQr(String payload) {
    return api.post(null, "/api/v1/licenses/verify", "{\"qr\":\"" + payload + "\"}");
  }

  Response verifyPdf(byte[] pdf) {
    return api.uploadAnonymous("/api/v1/licenses/verify", "license.pdf", pdf);
  }

  @Test
  void anApprovedCaseIssuesALicenseThatVerifiesAndEveryTamperingIsRefused() throws Exception {
    String caseId = approvedCase();
    String caseNumber = api.get("citizen", "/api/v1/cases/" + caseId).string("$.number");
    String identifier = licenseOf(caseNumber);
    assertThat(LicenseIdentifier.parse(identifier).typeCode()).isEqualTo("000117001000");
    Response license = api.get("citizen", "/api/v1/licenses/" + identifier);
    assertThat(license.string("$.name")).isEqualTo("食品经营许可证");
    assertThat(license.string("$.holderIdMasked")).isEqualTo("2108**********0023");
    assertThat(license.string("$.status")).isEqualTo("VALID");
    assertThat(license.string("$.holderIdType")).isEqualTo("111");
    assertThat(license.string("$.trustLevel")).isEqualTo("A");
    assertThat(api.get("enterprise", "/api/v1/licenses/" + identifier).status()).isEqualTo(404);

    byte[] pdf = api.get("citizen", "/api/v1/licenses/" + identifier + "/pdf").bytes();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Response byPdf = verifyPdf(pdf);
    assertThat(byPdf.status()).isEqualTo(200);
    assertThat((Boolean) byPdf.json("$.valid")).as(byPdf.body()).isTrue();
    assertThat(byPdf.string("$.identifier")).isEqualTo(identifier);
    assertThat(byPdf.string("$.holder")).isEqualTo("王*");

    String qr = qrOf(pdf);
    Response byQr = verifyQr(qr);
    assertThat((Boolean) byQr.json("$.valid")).as(byQr.body()).isTrue();
    assertThat(byQr.string("$.signedAt")).isNotNull();

    // tampering
    byte[] altered = pdf.clone();
    int at = altered.length / 4; // inside the signed range: the signature is appended at the end
    altered[at] = (byte) (altered[at] ^ 0x01);
    assertThat((Boolean) verifyPdf(altered).json("$.valid")).isFalse();
    byte[] truncated = java.util.Arrays.copyOf(pdf, pdf.length - 100);
    assertThat((Boolean) verifyPdf(truncated).json("$.valid")).isFalse();
    assertThat((Boolean) verifyPdf("not a pdf".getBytes()).json("$.valid")).isFalse();
    String[] parts = qr.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.replace("王*", "李*").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    assertThat((Boolean) verifyQr(forged).json("$.valid")).isFalse();
    String wrongKey = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.replaceAll("\"k\":\"[0-9a-f]+\"", "\"k\":\"0000000000000000\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    assertThat(verifyQr(wrongKey).string("$.reason")).contains("unknown key");
    assertThat((Boolean) verifyQr("garbage").json("$.valid")).isFalse();
    assertThat(verifyQr("YWL1.%%%.###").status()).isEqualTo(200);

    // the issuing department revokes it, with a reason; every way of verifying says so
    assertThat(api.post("scjgj.window", "/api/v1/licenses/" + identifier + "/revocation", "{\"reason\":\"x\"}").status()).isEqualTo(404);
    assertThat(api.post("scjgj.supervisor", "/api/v1/licenses/" + identifier + "/revocation", "{}").status()).isEqualTo(400);
    Response revoked = api.post("scjgj.supervisor", "/api/v1/licenses/" + identifier + "/revocation", "{\"reason\":\"经营场所已变更，未申请变更许可\"}");
    assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
    assertThat(verifyQr(qr).string("$.status")).isEqualTo("REVOKED");
    assertThat((Boolean) verifyQr(qr).json("$.valid")).isFalse();
    assertThat(verifyPdf(pdf).string("$.status")).isEqualTo("REVOKED");
    assertThat(api.get("citizen", "/api/v1/licenses/" + identifier).string("$.revokedReason")).isEqualTo("经营场所已变更，未申请变更许可");
    assertThat(api.post("scjgj.supervisor", "/api/v1/licenses/" + identifier + "/revocation", "{\"reason\":\"again\"}").status()).isEqualTo(409);
  }

  @Test
  void theSignedPdfVerifiesWithBouncyCastleAndThePublishedCertificateAlone() throws Exception {
    String caseId = approvedCase();
    String identifier = licenseOf(api.get("citizen", "/api/v1/cases/" + caseId).string("$.number"));
    // the license was issued by a listener from the outbox, whose publication is deleted once it has run
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
        jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class, "%" + caseId + "%") == 0);
    assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is not null", Long.class))
        .as("completed publications are deleted, not kept")
        .isZero();
    byte[] pdf = api.get("citizen", "/api/v1/licenses/" + identifier + "/pdf").bytes();
    String pem = api.get(null, "/api/v1/licenses/certificates").body();
    assertThat(pem).contains("BEGIN CERTIFICATE");

    // the byte range and the signature as any PDF reader finds them, without the project's verifier
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    Matcher range = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]").matcher(text);
    assertThat(range.find()).isTrue();
    int a = Integer.parseInt(range.group(1)), b = Integer.parseInt(range.group(2)), c = Integer.parseInt(range.group(3)), d = Integer.parseInt(range.group(4));
    assertThat(c + d).isEqualTo(pdf.length);
    byte[] signed = new byte[b + d];
    System.arraycopy(pdf, a, signed, 0, b);
    System.arraycopy(pdf, c, signed, b, d);
    byte[] contents = HexFormat.of().parseHex(text.substring(a + b + 1, c - 1));
    org.bouncycastle.asn1.ASN1Primitive first;
    try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
      first = in.readObject(); // the signature; zero padding follows it
    }
    var cms = new CMSSignedData(new CMSProcessableByteArray(signed), org.bouncycastle.asn1.cms.ContentInfo.getInstance(first));
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    assertThat(signer.getDigestAlgOID()).isEqualTo("1.2.156.10197.1.401"); // SM3

    boolean verified = false;
    try (var parser = new PEMParser(new StringReader(pem))) {
      Object object;
      while ((object = parser.readObject()) != null) {
        var certificate = (X509CertificateHolder) object;
        try {
          verified |= signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(new BouncyCastleProvider()).build(certificate));
        } catch (org.bouncycastle.cms.CMSException wrongCertificate) {
          // another department's certificate
        }
      }
    }
    assertThat(verified).as("a published certificate verifies the PDF's signature").isTrue();
  }

  private long reusedMaterials() {
    return ((Number) api.get(null, "/api/v1/stats/reuse").json("$.materialsProvidedByLicense")).longValue();
  }

  @org.springframework.beans.factory.annotation.Autowired Licenses library;
  @org.springframework.beans.factory.annotation.Autowired org.yiwang.identity.Accounts accounts;

  @Test
  void aLicenseTheApplicantHoldsStandsInForTheMaterialAndItsUseIsShownToTheHolder() {
    api = new ApiClient(port);
    String id =
        api.post("citizen", "/api/v1/cases", "{\"itemCode\":\"%s\",\"situationCode\":\"new\",\"form\":%s}".formatted(CaseFixtures.FOOD_LICENCE, CaseFixtures.foodForm()))
            .string("$.id");
    Response draft = api.get("citizen", "/api/v1/cases/" + id);
    List<String> provided = draft.json("$.materials[?(@.code == 'm2')].licenseIdentifier");
    assertThat(provided).hasSize(1).doesNotContainNull();
    String identifier = provided.get(0);
    assertThat(draft.<List<String>>json("$.materials[?(@.code == 'm2')].fileName")).containsExactly("营业执照");
    for (String m : List.of("m1", "m3", "m4", "m5", "m6")) {
      api.upload("citizen", "/api/v1/cases/" + id + "/materials", Map.of("materialCode", m), m + ".pdf", CaseFixtures.pdf(m));
    }
    long reusedBefore = reusedMaterials(); // and now kept
    Response submitted = api.post("citizen", "/api/v1/cases/" + id + "/submit", null);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    String number = submitted.string("$.number");
    assertThat(reusedMaterials()).as("the kept count is counted again once the submission commits").isEqualTo(reusedBefore + 1);

    Response read = api.get("scjgj.window", "/api/v1/cases/" + id + "/materials/m2");
    assertThat(read.status()).isEqualTo(200);
    assertThat(new String(read.bytes(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    var citizen = accounts.find("citizen").orElseThrow();
    assertThat(library.uses(citizen, identifier, 0, 50).getContent()).extracting(LicenseUse::caseNumber).contains(number);
    assertThat(library.uses(citizen, identifier, 0, 50).getContent()).extracting(LicenseUse::departmentCode).contains("scjgj");
    // outside such a case no other department reads it
    assertThat(api.get("gjj.window", "/api/v1/licenses/" + identifier).status()).isEqualTo(404);
    assertThat(api.get("gjj.window", "/api/v1/cases/" + id + "/materials/m2").status()).isEqualTo(404);

    // asked to correct it, the applicant uploads a file instead, and the license stands in no more
    List<String> accept = api.get("scjgj.window", "/api/v1/tasks?size=200").json("$[?(@.caseId == '" + id + "')].id");
    Response correction = api.post("scjgj.window", "/api/v1/tasks/" + accept.get(0) + "/complete",
        "{\"action\":\"REQUEST_CORRECTION\",\"opinion\":\"请上传营业执照副本\",\"corrections\":[{\"target\":\"m2\",\"reason\":\"需副本\"}]}");
    assertThat(correction.status()).as(correction.body()).isEqualTo(200);
    assertThat(api.upload("citizen", "/api/v1/cases/" + id + "/materials", Map.of("materialCode", "m2"), "营业执照副本.pdf", CaseFixtures.pdf("副本"))
            .status()).isEqualTo(201);
    assertThat(reusedMaterials()).as("counted again once the upload commits").isEqualTo(reusedBefore);
  }

  @Autowired org.springframework.test.web.servlet.MockMvc mvc;
  @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

  @Test
  void theHolderPagesThroughEveryUseOfALicenseTheLatestFirst() throws Exception {
    var citizen = accounts.find("citizen").orElseThrow();
    String identifier = library.mine(citizen).get(0).identifier();
    long before = library.uses(citizen, identifier, 0, 200).getContent().size();
    for (int i = 0; i < 60; i++) {
      jdbc.update("insert into license_use (identifier, case_number, department_code, used_by, used_at) values (?, ?, 'gjj', 'gjj.window', ?)",
          identifier, "USE%02d".formatted(i), java.time.OffsetDateTime.now());
    }
    var first = library.uses(citizen, identifier, 0, 50);
    assertThat(first.getContent()).hasSize(50).first().extracting(LicenseUse::caseNumber).isEqualTo("USE59");
    assertThat(first.hasNext()).isTrue();
    var second = library.uses(citizen, identifier, 1, 50);
    assertThat(second.getContent()).hasSize((int) Math.min(50, before + 10));
    assertThat(second.getContent().get(0).caseNumber()).isEqualTo("USE09");

    String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/licenses/" + identifier)
            .param("usesPage", "1")
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("citizen"))))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("USE09", "id=\"uses-prev\"").doesNotContain("USE10");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> library.uses(accounts.find("enterprise").orElseThrow(), identifier, 0, 50))
        .as("another applicant").isInstanceOf(org.yiwang.shared.NotFoundException.class);
  }

  @Test
  void oldLicensesStillVerifyAfterTheKeyIsRotatedAndAnExpiredOneSaysSoEvenFromAQrImage() throws Exception {
    String caseId = approvedCase();
    String identifier = licenseOf(api.get("citizen", "/api/v1/cases/" + caseId).string("$.number"));
    byte[] before = api.get("citizen", "/api/v1/licenses/" + identifier + "/pdf").bytes();

    assertThat(api.post("scjgj.supervisor", "/api/v1/licenses/keys/scjgj/rotation", null).status()).isEqualTo(403);
    Response rotated = api.post("admin", "/api/v1/licenses/keys/scjgj/rotation", null);
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
    assertThat(api.get(null, "/api/v1/licenses/certificates").body()).contains("# key id " + rotated.string("$.keyId"));
    assertThat((Boolean) verifyPdf(before).json("$.valid")).as("signed with the old key").isTrue();
    byte[] after = api.get("citizen", "/api/v1/licenses/" + identifier + "/pdf").bytes();
    assertThat((Boolean) verifyPdf(after).json("$.valid")).isTrue();
    assertThat(qrOf(after)).isNotEqualTo(qrOf(before));

    jdbc.update("update e_license set valid_until = ? where identifier = ?", java.time.LocalDate.now(TimeConfiguration.CHINA).minusDays(1), identifier);
    assertThat(verifyQr(qrOf(before)).string("$.status")).isEqualTo("EXPIRED");
    // the verification page reads a photographed QR code (here: the code as an image)
    byte[] png = org.yiwang.shared.qr.QrCodes.png(qrOf(before), 400);
    String page =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/verify")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "qr.png", "image/png", png))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("id=\"verify-verdict\"", "已过期");
    String notQr =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/verify")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "x.png", "image/png", CaseFixtures.pdf("x")))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(notQr).contains("核验未通过");
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
