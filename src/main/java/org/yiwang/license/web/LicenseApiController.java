package org.yiwang.license.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.identity.Accounts;
import org.yiwang.license.LicenseStatus;
import org.yiwang.license.LicenseView;
import org.yiwang.license.Licenses;
import org.yiwang.license.Verification;

/** The e-license API (API.md, "E-licenses"). */
@RestController
@RequestMapping("/api/v1/licenses")
class LicenseApiController {

  private final Licenses licenses;
  private final Accounts accounts;

  LicenseApiController(Licenses licenses, Accounts accounts) {
    this.licenses = licenses;
    this.accounts = accounts;
  }

  record LicenseJson(String identifier, String name, String number, String issuer, LocalDate issuedAt, LocalDate validUntil, LicenseStatus status) {
    static LicenseJson of(LicenseView l) {
      return new LicenseJson(l.identifier(), l.name(), l.number(), l.issuer(), l.issuedOn(), l.validUntil(), l.status());
    }
  }

  @GetMapping
  List<LicenseJson> mine() {
    return licenses.mine(accounts.signedIn()).stream().map(LicenseJson::of).toList();
  }

  @GetMapping(value = "/certificates", produces = "application/x-pem-file")
  ResponseEntity<String> certificates() {
    return ResponseEntity.ok().contentType(MediaType.valueOf("application/x-pem-file;charset=UTF-8")).body(licenses.certificatesPem());
  }

  @GetMapping("/{identifier}")
  LicenseView get(@PathVariable String identifier) {
    return licenses.get(accounts.signedIn(), identifier);
  }

  @GetMapping("/{identifier}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String identifier) {
    byte[] pdf = licenses.pdf(accounts.signedIn(), identifier);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", ContentDisposition.attachment().filename("license.pdf").build().toString())
        .body(pdf);
  }

  record VerifyRequest(String qr) {}

  record VerificationJson(boolean valid, String reason, String identifier, String name, String holder, String issuer,
      LocalDate issuedAt, LicenseStatus status, java.time.OffsetDateTime signedAt) {
    static VerificationJson of(Verification v) {
      return new VerificationJson(v.valid(), v.reason(), v.identifier(), v.name(), v.holder(), v.issuer(), v.issuedAt(), v.status(), v.signedAt());
    }
  }

  @PostMapping(value = "/verify", consumes = MediaType.APPLICATION_JSON_VALUE)
  VerificationJson verify(@RequestBody VerifyRequest request) {
    return VerificationJson.of(licenses.verifyQr(request == null ? null : request.qr()));
  }

  @PostMapping(value = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  VerificationJson verifyPdf(@RequestParam("file") MultipartFile file) throws IOException {
    return VerificationJson.of(licenses.verifyPdf(file.getBytes()));
  }

  record Rotated(String departmentCode, String keyId) {}

  /** The platform administrator rotates a department's signing key. */
  @PostMapping("/keys/{departmentCode}/rotation")
  Rotated rotate(@PathVariable String departmentCode) {
    return new Rotated(departmentCode, licenses.rotateKey(accounts.signedIn(), departmentCode));
  }

  record Revocation(String reason) {}

  @PostMapping("/{identifier}/revocation")
  LicenseView revoke(@PathVariable String identifier, @RequestBody(required = false) Revocation body) {
    return licenses.revoke(accounts.signedIn(), identifier, body == null ? null : body.reason());
  }
}
