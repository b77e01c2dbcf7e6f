package org.yiwang.license.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the QR code in a picture (a phone photo or a screenshot of a license). */
final class QrImages {

  // QR codes only: trying every format, a QR code's modules can read as a spurious 1-D barcode
  private static final Map<DecodeHintType, Object> HINTS =
      Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

  // a clean image of the code alone (a screenshot, the code cut out of the PDF) reads best this way
  private static final Map<DecodeHintType, Object> PURE =
      Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

  private QrImages() {}

  static Optional<String> read(BufferedImage image) {
    var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    for (Map<DecodeHintType, Object> hints : List.of(HINTS, PURE)) {
      try {
        return Optional.of(new MultiFormatReader().decode(bitmap, hints).getText());
      } catch (NotFoundException e) {
        // try the next way of reading
      }
    }
    return Optional.empty();
  }
}
