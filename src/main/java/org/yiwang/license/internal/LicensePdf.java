package org.yiwang.license.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.springframework.stereotype.Component;
import org.yiwang.shared.pdf.ChineseFont;
import org.yiwang.shared.qr.QrCodes;

/**
 * The license as a PDF: an official landscape layout in Chinese, the electronic seal drawn over the
 * issuing authority's name, the identifier, the QR code; then signed as a whole (a detached CMS
 * SM3withSM2 signature in a PDF signature field, ETSI.CAdES-style byte range), so that a holder can
 * prove it offline and any change to the file breaks the signature. The identifier is also in the
 * document information ({@code LicenseIdentifier}).
 */
@Component
class LicensePdf {

  static final String IDENTIFIER_KEY = "LicenseIdentifier";

  private final ChineseFont font;

  LicensePdf(ChineseFont font) {
    this.font = font;
  }

  record Content(
      String name, String number, String identifier, String holderName, String holderIdMasked,
      String issuer, String issuedOn, String validUntil, Map<String, String> fields, String qrPayload) {}

  byte[] draw(Content c, DepartmentKeys.SigningKey key) {
    byte[] qr = QrCodes.png(c.qrPayload(), 600);
    byte[] unsigned =
        font.createPdf(
            (document, f) -> {
              var page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
              document.addPage(page);
              document.getDocumentInformation().setTitle(c.name());
              document.getDocumentInformation().setCustomMetadataValue(IDENTIFIER_KEY, c.identifier());
              float w = page.getMediaBox().getWidth();
              float h = page.getMediaBox().getHeight();
              try (var out = new PDPageContentStream(document, page)) {
                out.setStrokingColor(new Color(0xB2, 0x8B, 0x2E));
                out.setLineWidth(4);
                out.addRect(24, 24, w - 48, h - 48);
                out.stroke();
                out.setLineWidth(1);
                out.addRect(32, 32, w - 64, h - 64);
                out.stroke();
                centred(out, f, c.name(), 30, w, h - 90);
                text(out, f, 11, 60, h - 118, "证照编号：" + c.number());
                float y = h - 160;
                y = row(out, f, y, "持证主体", c.holderName());
                y = row(out, f, y, "证件号码", c.holderIdMasked());
                for (var field : c.fields().entrySet()) {
                  if (y < 150) {
                    break;
                  }
                  y = row(out, f, y, field.getKey(), field.getValue());
                }
                y = row(out, f, y, "有效期至", c.validUntil() == null ? "长期" : c.validUntil());
                text(out, f, 9, 60, 60, "电子证照标识：" + c.identifier());
                // issuing authority, date, and the seal drawn over the authority's name
                float sealX = w - 230;
                float sealY = 150;
                text(out, f, 14, sealX - 40, sealY + 10, c.issuer());
                text(out, f, 12, sealX - 10, sealY - 14, c.issuedOn());
                seal(out, f, c.issuer(), sealX + 60, sealY + 6);
                PDImageXObject image = PDImageXObject.createFromByteArray(document, qr, "qr");
                out.drawImage(image, w - 170, h - 220, 120, 120);
                text(out, f, 8, w - 172, h - 232, "扫码核验（可离线）");
              }
            });
    return sign(unsigned, key, c.issuer());
  }

  private static float row(PDPageContentStream out, PDType0Font f, float y, String label, String value) throws IOException {
    text(out, f, 13, 80, y, label + "：");
    String v = value == null ? "" : value;
    if (v.length() > 36) {
      v = v.substring(0, 36) + "…";
    }
    text(out, f, 13, 190, y, v);
    return y - 28;
  }

  private static void seal(PDPageContentStream out, PDType0Font f, String issuer, float cx, float cy) throws IOException {
    Color red = new Color(0xD7, 0x1F, 0x1F);
    out.setStrokingColor(red);
    out.setNonStrokingColor(red);
    out.setLineWidth(3);
    float r = 58;
    // a circle from four Bézier arcs
    float k = 0.552284749f * r;
    out.moveTo(cx + r, cy);
    out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    out.stroke();
    // the five-pointed star
    float outer = 18;
    float inner = 7;
    for (int i = 0; i < 10; i++) {
      double angle = Math.PI / 2 + i * Math.PI / 5;
      float radius = i % 2 == 0 ? outer : inner;
      float x = cx + (float) (radius * Math.cos(angle));
      float y = cy + 8 + (float) (radius * Math.sin(angle));
      if (i == 0) {
        out.moveTo(x, y);
      } else {
        out.lineTo(x, y);
      }
    }
    out.closePath();
    out.fill();
    // the authority's name in an arc above the star
    String name = issuer.length() > 12 ? issuer.substring(issuer.length() - 12) : issuer;
    int n = name.length();
    for (int i = 0; i < n; i++) {
      double angle = Math.PI * (0.85 - 0.7 * i / Math.max(1, n - 1));
      float x = cx + (float) ((r - 14) * Math.cos(angle));
      float y = cy + (float) ((r - 14) * Math.sin(angle));
      out.beginText();
      out.setFont(f, 10);
      out.setTextMatrix(new org.apache.pdfbox.util.Matrix(
          (float) Math.cos(angle - Math.PI / 2), (float) Math.sin(angle - Math.PI / 2),
          (float) -Math.sin(angle - Math.PI / 2), (float) Math.cos(angle - Math.PI / 2), x - 5, y - 5));
      out.showText(String.valueOf(name.charAt(i)));
      out.endText();
    }
    out.beginText();
    out.setFont(f, 9);
    out.newLineAtOffset(cx - 22, cy - 30);
    out.showText("电子证照专用章");
    out.endText();
    out.setNonStrokingColor(Color.BLACK);
    out.setStrokingColor(Color.BLACK);
  }

  private static void centred(PDPageContentStream out, PDType0Font f, String line, float size, float width, float y) throws IOException {
    float textWidth = f.getStringWidth(line) / 1000 * size;
    text(out, f, size, (width - textWidth) / 2, y, line);
  }

  private static void text(PDPageContentStream out, PDType0Font f, float size, float x, float y, String line) throws IOException {
    out.beginText();
    out.setFont(f, size);
    out.newLineAtOffset(x, y);
    out.showText(line);
    out.endText();
  }

  /** Adds a signature field over the whole file and saves it incrementally. */
  static byte[] sign(byte[] pdf, DepartmentKeys.SigningKey key, String issuer) {
    try (PDDocument document = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
      var signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
      signature.setName(issuer);
      signature.setReason("电子证照签发");
      signature.setLocation("营口市");
      signature.setSignDate(Calendar.getInstance());
      document.addSignature(signature, content -> Signatures.cms(key.privateKey(), key.certificate(), content.readAllBytes()));
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
