package org.yiwang.cases.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.yiwang.cases.Correction;
import org.yiwang.cases.NoticeKind;
import org.yiwang.cases.internal.CaseEvent.Kind;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.shared.YiwangProperties;
import org.yiwang.shared.pdf.ChineseFont;
import org.yiwang.shared.qr.QrCodes;

/**
 * The official notices of a case as PDF, laid out like the paper documents (A4, title, document
 * number, addressee, body, issuing authority and date), each with the case number and a QR code
 * linking to the public progress page. Refusals and denials state the reasons and the applicant's
 * right to administrative reconsideration (60 days, 行政复议法 art. 20) or litigation (6 months,
 * 行政诉讼法 art. 46).
 */
@Component
class NoticePdfs {

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  private static final float MARGIN = 72;
  private static final float BODY_SIZE = 12.5f;
  private static final float LEADING = 22;

  private final ChineseFont font;
  private final YiwangProperties properties;

  NoticePdfs(ChineseFont font, YiwangProperties properties) {
    this.font = font;
    this.properties = properties;
  }

  /** What a notice is drawn from. */
  record NoticeData(
      ApplicationCase c, ItemGuide item, String departmentName, List<Correction> corrections, List<CaseEvent> history) {

    CaseEvent last(Kind kind) {
      CaseEvent found = null;
      for (CaseEvent e : history) {
        if (e.kind() == kind) {
          found = e;
        }
      }
      return found;
    }
  }

  byte[] draw(NoticeKind kind, NoticeData data) {
    String progressUrl = progressUrl(data.c().number());
    byte[] qr = QrCodes.png(progressUrl, 240);
    return font.createPdf((document, f) -> new Page(document, f).drawNotice(kind, data, qr, progressUrl));
  }

  private String progressUrl(String number) {
    String base =
        properties.publicUrl() != null
            ? properties.publicUrl()
            : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    return base + "/progress?number=" + number;
  }

  static String title(NoticeKind kind) {
    return switch (kind) {
      case ACCEPTANCE -> "受理通知书";
      case CORRECTION -> "补正材料通知书";
      case REFUSAL -> "不予受理决定书";
      case DENIAL -> "不予行政许可决定书";
      case APPROVAL -> "准予行政许可决定书";
    };
  }

  private static String word(NoticeKind kind) {
    return switch (kind) {
      case ACCEPTANCE -> "受";
      case CORRECTION -> "补";
      case REFUSAL -> "不受";
      case DENIAL -> "不许";
      case APPROVAL -> "准许";
    };
  }

  private static String date(OffsetDateTime at) {
    return at == null ? "" : at.toLocalDate().format(CHINESE_DATE);
  }

  private static String date(LocalDate at) {
    return at == null ? "" : at.format(CHINESE_DATE);
  }

  /** One A4 page being written top to bottom, with Chinese line breaking. */
  private static final class Page {
    private final PDDocument document;
    private final PDType0Font font;
    private final PDPage page = new PDPage(PDRectangle.A4);
    private PDPageContentStream out;
    private float y;

    Page(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      document.addPage(page);
      this.out = new PDPageContentStream(document, page);
      this.y = page.getMediaBox().getHeight() - MARGIN;
    }

    void drawNotice(NoticeKind kind, NoticeData d, byte[] qr, String progressUrl) throws IOException {
      ApplicationCase c = d.c();
      centred(d.departmentName(), 18);
      y -= 8;
      centred(title(kind), 22);
      y -= 6;
      String year = c.submittedAt() == null ? "" : String.valueOf(c.submittedAt().getYear());
      centred("营" + word(kind) + "字〔" + year + "〕" + c.number() + "号", 11);
      y -= 18;
      paragraph(c.applicantName() + "：", false);
      switch (kind) {
        case ACCEPTANCE -> {
          paragraph("你（单位）于" + date(c.submittedAt()) + "提出的" + c.itemName() + "（" + c.situationName() + "）申请，申请材料齐全、符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。", true);
          paragraph("本机关将在受理之日起" + d.item().content().promisedDays() + "个工作日内（即" + date(c.decisionDeadline()) + "前）作出决定；依法需要现场核查、专家评审、听证、公示的，所需时间不计算在上述期限内。", true);
        }
        case CORRECTION -> {
          paragraph("你（单位）于" + date(c.submittedAt()) + "提出的" + c.itemName() + "（" + c.situationName() + "）申请，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容：", true);
          int n = 1;
          for (Correction correction : d.corrections()) {
            paragraph(n++ + ". " + correction.label() + "：" + correction.reason(), true);
          }
          CaseEvent requested = d.last(Kind.CORRECTION_REQUESTED);
          if (requested != null && requested.opinion() != null && !requested.opinion().isBlank()) {
            paragraph("说明：" + requested.opinion(), true);
          }
          paragraph("请于" + date(c.correctionDeadline()) + "前通过营口市政务服务网补正上述材料。补正材料齐全、符合法定形式的，本机关将予以受理。", true);
        }
        case REFUSAL -> {
          CaseEvent refused = d.last(Kind.REFUSED);
          paragraph("你（单位）于" + date(c.submittedAt()) + "提出的" + c.itemName() + "申请，经审查，不予受理。", true);
          paragraph("理由：" + (refused == null ? "" : refused.opinion()), true);
          rights(d);
        }
        case DENIAL -> {
          CaseEvent denied = d.last(Kind.DENIED);
          paragraph("你（单位）于" + date(c.submittedAt()) + "提出的" + c.itemName() + "申请，本机关于" + date(c.acceptedAt()) + "受理。经审查，根据《中华人民共和国行政许可法》第三十八条第二款的规定，决定不予行政许可。", true);
          paragraph("理由：" + (denied == null ? "" : denied.opinion()), true);
          rights(d);
        }
        case APPROVAL -> {
          CaseEvent approved = d.last(Kind.APPROVED);
          paragraph("你（单位）于" + date(c.submittedAt()) + "提出的" + c.itemName() + "（" + c.situationName() + "）申请，本机关于" + date(c.acceptedAt()) + "受理。经审查，申请符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款的规定，决定准予行政许可。", true);
          String result = d.item().content().result() == null ? null : d.item().content().result().name();
          if (result != null) {
            paragraph("本机关将依法向你（单位）颁发" + result + "。", true);
          }
          if (approved != null && approved.opinion() != null && !approved.opinion().isBlank()) {
            paragraph("审批意见：" + approved.opinion(), true);
          }
        }
      }
      y -= 24;
      right(d.departmentName() + "（印章）");
      CaseEvent dated =
          switch (kind) {
            case ACCEPTANCE -> d.last(Kind.ACCEPTED);
            case CORRECTION -> d.last(Kind.CORRECTION_REQUESTED);
            case REFUSAL -> d.last(Kind.REFUSED);
            case DENIAL -> d.last(Kind.DENIED);
            case APPROVAL -> d.last(Kind.APPROVED);
          };
      right(dated == null ? "" : date(dated.occurredAt()));
      footer(c.number(), qr, progressUrl);
      out.close();
    }

    private void rights(NoticeData d) throws IOException {
      paragraph("如不服本决定，可以自收到本决定书之日起六十日内向营口市人民政府申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。", true);
    }

    private void footer(String number, byte[] qr, String url) throws IOException {
      PDImageXObject image = PDImageXObject.createFromByteArray(document, qr, "qr");
      float size = 86;
      out.drawImage(image, page.getMediaBox().getWidth() - MARGIN - size, MARGIN - 20, size, size);
      text(MARGIN, MARGIN + 40, 10, "办件编号：" + number);
      text(MARGIN, MARGIN + 24, 10, "扫描右侧二维码或登录营口市政务服务网查询办理进度");
      text(MARGIN, MARGIN + 8, 8, url.length() > 80 ? url.substring(0, 80) : url);
    }

    private void centred(String line, float size) throws IOException {
      float width = font.getStringWidth(line) / 1000 * size;
      text((page.getMediaBox().getWidth() - width) / 2, y, size, line);
      y -= size * 1.6f;
    }

    private void right(String line) throws IOException {
      float width = font.getStringWidth(line) / 1000 * BODY_SIZE;
      text(page.getMediaBox().getWidth() - MARGIN - width, y, BODY_SIZE, line);
      y -= LEADING;
    }

    /** A paragraph broken into lines that fit the page, first line indented by two characters. */
    private void paragraph(String text, boolean indent) throws IOException {
      float width = page.getMediaBox().getWidth() - 2 * MARGIN;
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder(indent ? "\u3000\u3000" : "");
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        String ch = new String(Character.toChars(cp));
        if (font.getStringWidth(line + ch) / 1000 * BODY_SIZE > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(ch);
        i += Character.charCount(cp);
      }
      lines.add(line.toString());
      for (String l : lines) {
        if (y < MARGIN + 110) {
          newPage();
        }
        text(MARGIN, y, BODY_SIZE, l);
        y -= LEADING;
      }
      y -= 4;
    }

    private void newPage() throws IOException {
      out.close();
      PDPage next = new PDPage(PDRectangle.A4);
      document.addPage(next);
      out = new PDPageContentStream(document, next);
      y = next.getMediaBox().getHeight() - MARGIN;
    }

    private void text(float x, float atY, float size, String line) throws IOException {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, atY);
      out.showText(line);
      out.endText();
    }
  }
}
