package org.yiwang.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.yiwang.shared.id.UnifiedSocialCreditCode;

/** What the cases tests apply with: a valid food-licence form and real one-page PDFs. */
public final class CaseFixtures {

  public static final String FOOD_LICENCE = "210800-SCJGJ-XK-0001";
  public static final String USCC = UnifiedSocialCreditCode.complete("91210800MA0YK123");

  private CaseFixtures() {}

  public static String foodForm() {
    return """
        {"operatorName":"营口小王餐馆","creditCode":"%s","legalRepresentative":"王丽","premises":"营口市站前区新兴大街1号",
         "businessForm":"餐饮服务经营者","businessScope":"热食类食品制售","area":"80","phone":"13904170001"}"""
        .formatted(USCC);
  }

  public static byte[] pdf(String title) {
    try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.getDocumentInformation().setTitle(title);
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
