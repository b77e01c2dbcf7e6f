package org.yiwang.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Reads the QR code printed on a PDF's first page, as a phone would. */
public final class Qr {

  private Qr() {}

  public static String fromPdf(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      var resources = document.getPage(0).getResources();
      for (var name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image.getImage())));
          return new MultiFormatReader()
              .decode(
                  bitmap,
                  java.util.Map.of(
                      com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                      com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE,
                      com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(com.google.zxing.BarcodeFormat.QR_CODE)))
              .getText();
        }
      }
    }
    throw new AssertionError("no QR image in the PDF");
  }
}
