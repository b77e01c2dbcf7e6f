package org.yiwang.license.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.springframework.data.domain.Slice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.license.LicenseView;
import org.yiwang.license.Licenses;
import org.yiwang.license.Verification;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.Paging;
import org.yiwang.shared.web.PageController;

/** "My licenses", a license with its download, the department's page of its licenses and revocation, and the public verification page. */
@PageController
class LicensePageController {

  private static final int PAGE_SIZE = 20;
  private static final int USES_PAGE_SIZE = 50;

  private final Licenses licenses;
  private final Accounts accounts;

  LicensePageController(Licenses licenses, Accounts accounts) {
    this.licenses = licenses;
    this.accounts = accounts;
  }

  @GetMapping("/licenses")
  String mine(Model model) {
    model.addAttribute("licenses", licenses.mine(accounts.signedIn()));
    return "license/mine";
  }

  @GetMapping("/licenses/{identifier}")
  String show(@PathVariable String identifier, @RequestParam(defaultValue = "0") int usesPage, Model model) {
    CurrentUser user = accounts.signedIn();
    var license = licenses.get(user, identifier);
    model.addAttribute("license", license);
    if (user.username().equals(license.holderUsername())) {
      int p = Paging.page(usesPage);
      var uses = licenses.uses(user, identifier, p, USES_PAGE_SIZE);
      model.addAttribute("uses", uses.getContent());
      model.addAttribute("usesPage", p);
      model.addAttribute("usesHasNext", uses.hasNext());
    }
    model.addAttribute("mayRevoke", user.isStaff() && license.departmentCode().equals(user.departmentCode()) && license.revokedAt() == null);
    return "license/license";
  }

  @GetMapping("/licenses/{identifier}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String identifier) {
    byte[] pdf = licenses.pdf(accounts.signedIn(), identifier);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", ContentDisposition.attachment().filename("license.pdf").build().toString())
        .body(pdf);
  }

  @PostMapping("/licenses/{identifier}/revocation")
  String revoke(@PathVariable String identifier, @RequestParam(required = false) String reason, Model model) {
    try {
      licenses.revoke(accounts.signedIn(), identifier, reason);
    } catch (BusinessRuleException e) {
      if (e.status() != 400) {
        throw e;
      }
      model.addAttribute("revokeError", true);
      return show(identifier, 0, model);
    }
    return "redirect:/licenses/" + identifier;
  }

  /** The department's licenses, a page at a time, newest first. */
  @GetMapping("/backoffice/licenses")
  String issued(@RequestParam(defaultValue = "0") int page, Model model) {
    return issued("", page, model);
  }

  /**
   * A search of them, by POST only: the ID numbers and names searched for stay out of addresses,
   * browser histories and access logs (a {@code q} in an address is not read).
   */
  @PostMapping("/backoffice/licenses")
  String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
    return issued(q, page, model);
  }

  private String issued(String q, int page, Model model) {
    int p = Paging.page(page);
    Slice<LicenseView> found;
    try {
      found = licenses.issuedBy(accounts.signedIn(), q, p, PAGE_SIZE);
    } catch (BusinessRuleException e) {
      if (e.status() != 400) {
        throw e;
      }
      model.addAttribute("qError", true);
      found = licenses.issuedBy(accounts.signedIn(), "", 0, PAGE_SIZE);
      p = 0;
    }
    model.addAttribute("licenses", found.getContent());
    String shown = q.strip();
    model.addAttribute("q", shown.length() > Licenses.MAX_QUERY_LENGTH ? shown.substring(0, Licenses.MAX_QUERY_LENGTH) : shown);
    model.addAttribute("maxQuery", Licenses.MAX_QUERY_LENGTH);
    model.addAttribute("page", p);
    model.addAttribute("hasNext", found.hasNext());
    return "license/issued";
  }

  @GetMapping("/verify")
  String verifyForm() {
    return "license/verify";
  }

  /** Verifies the QR text pasted, or a QR image, or a license PDF. */
  @PostMapping("/verify")
  String verify(@RequestParam(required = false) String qr, @RequestParam(required = false) MultipartFile file, Model model) {
    Verification result;
    if (qr != null && !qr.isBlank()) {
      result = licenses.verifyQr(qr.strip());
    } else if (file != null && !file.isEmpty()) {
      result = verifyFile(file);
    } else {
      result = Verification.invalid("nothing to verify");
    }
    model.addAttribute("result", result);
    return "license/verify";
  }

  private Verification verifyFile(MultipartFile file) {
    try {
      byte[] bytes = file.getBytes();
      if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
        return licenses.verifyPdf(bytes);
      }
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null) {
        return Verification.invalid("not a QR image or a license PDF");
      }
      return QrImages.read(image)
          .map(licenses::verifyQr)
          .orElseGet(() -> Verification.invalid("no QR code found in the image"));
    } catch (IOException | RuntimeException e) {
      return Verification.invalid("not a QR image or a license PDF");
    }
  }
}
