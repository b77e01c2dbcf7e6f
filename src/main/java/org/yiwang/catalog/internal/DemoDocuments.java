package org.yiwang.catalog.internal;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.yiwang.shared.pdf.ChineseFont;

/**
 * Real PDF files for the demo catalogue: a blank form (空白样表) and a filled-in sample (示范文本) of
 * each material, and a sample of each result (结果样本). They open in any PDF reader.
 */
final class DemoDocuments {

  private static final float MARGIN = 56;
  private static final float ROW = 34;

  private final ChineseFont font;

  DemoDocuments(ChineseFont font) {
    this.font = font;
  }

  byte[] blankForm(String itemName, String materialName, List<String> fields) {
    return form(itemName, materialName, "空白样表", fields, false);
  }

  byte[] sample(String itemName, String materialName, List<String> fields) {
    return form(itemName, materialName, "示范文本", fields, true);
  }

  byte[] resultSample(String itemName, String resultName, String departmentName) {
    return font.createPdf(
        (document, f) -> {
          PDPage page = new PDPage(PDRectangle.A4);
          document.addPage(page);
          float width = page.getMediaBox().getWidth();
          float top = page.getMediaBox().getHeight() - 90;
          try (var text = new PDPageContentStream(document, page)) {
            text.setLineWidth(3);
            text.addRect(36, 36, width - 72, page.getMediaBox().getHeight() - 72);
            text.stroke();
            centred(text, f, 28, width, top, resultName);
            centred(text, f, 14, width, top - 36, "（样本）");
            write(text, f, 13, MARGIN + 20, top - 110, "事项名称：" + itemName);
            write(text, f, 13, MARGIN + 20, top - 145, "持证主体：营口市示例有限公司");
            write(text, f, 13, MARGIN + 20, top - 180, "证照编号：YK-SAMPLE-0001");
            write(text, f, 13, MARGIN + 20, top - 215, "有效期限：自发证之日起五年");
            write(text, f, 13, width - 300, 150, "发证机关：" + departmentName);
            write(text, f, 13, width - 300, 120, "发证日期：2026年11月27日");
            write(text, f, 10, MARGIN + 20, 60, "本样本仅供申请人了解办理结果样式，不具有法律效力。");
          }
        });
  }

  private byte[] form(
      String itemName, String materialName, String kind, List<String> fields, boolean filled) {
    List<String> rows = fields.isEmpty() ? DEFAULT_FIELDS : fields;
    return font.createPdf(
        (document, f) -> {
          PDPage page = new PDPage(PDRectangle.A4);
          document.addPage(page);
          float width = page.getMediaBox().getWidth();
          float y = page.getMediaBox().getHeight() - 80;
          try (var content = new PDPageContentStream(document, page)) {
            centred(content, f, 20, width, y, materialName);
            centred(content, f, 12, width, y - 26, "（" + kind + "）  适用事项：" + itemName);
            y -= 60;
            float labelWidth = 150;
            content.setLineWidth(0.8f);
            for (String field : rows) {
              content.addRect(MARGIN, y - ROW, width - 2 * MARGIN, ROW);
              content.moveTo(MARGIN + labelWidth, y);
              content.lineTo(MARGIN + labelWidth, y - ROW);
              content.stroke();
              write(content, f, 12, MARGIN + 8, y - 22, field);
              if (filled) {
                write(content, f, 12, MARGIN + labelWidth + 8, y - 22, SampleValues.forField(field));
              }
              y -= ROW;
            }
            y -= 40;
            write(content, f, 12, MARGIN, y, "申请人（签字/盖章）：" + (filled ? "张三" : ""));
            write(content, f, 12, width - 230, y, "日期：" + (filled ? "2026年11月27日" : "    年  月  日"));
            write(content, f, 10, MARGIN, 50, "营口市市民服务中心  咨询电话：0417-12345");
            if (filled) {
              write(content, f, 10, width - 200, 50, "示范文本，仅供填写参考");
            }
          }
        });
  }

  private static final List<String> DEFAULT_FIELDS =
      List.of("申请人姓名/名称", "证件号码", "联系电话", "通讯地址", "申请事项", "申请理由");

  private static void centred(
      PDPageContentStream content, PDType0Font f, float size, float pageWidth, float y, String text)
      throws IOException {
    float textWidth = f.getStringWidth(text) / 1000 * size;
    write(content, f, size, Math.max(MARGIN, (pageWidth - textWidth) / 2), y, text);
  }

  private static void write(
      PDPageContentStream content, PDType0Font f, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(f, size);
    content.newLineAtOffset(x, y);
    content.showText(printable(f, text));
    content.endText();
  }

  /** Drops characters the font cannot draw rather than failing the whole document. */
  private static String printable(PDType0Font f, String text) {
    var out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              try {
                if (f.hasGlyph(cp)) {
                  out.appendCodePoint(cp);
                }
              } catch (IOException | IllegalArgumentException e) {
                // not drawable: skipped
              }
            });
    return out.toString();
  }

  /** Plausible fictional values for a sample text. */
  static final class SampleValues {
    private SampleValues() {}

    static String forField(String label) {
      if (label.contains("信用代码")) return "91210800MA0Y5B3X1K";
      if (label.contains("身份证") || label.contains("证件号")) return "210802********1234";
      if (label.contains("电话") || label.contains("手机")) return "0417-2800000";
      if (label.contains("地址") || label.contains("场所") || label.contains("住所")) return "营口市站前区渤海大街西61号";
      if (label.contains("日期") || label.contains("时间")) return "2026年11月27日";
      if (label.contains("法定代表人") || label.contains("负责人") || label.contains("姓名") || label.contains("经办人")) return "张三";
      if (label.contains("名称") || label.contains("单位")) return "营口市示例有限公司";
      if (label.contains("金额") || label.contains("资金") || label.contains("资本")) return "人民币壹佰万元整";
      if (label.contains("面积")) return "120平方米";
      return "按实际情况如实填写";
    }
  }
}
