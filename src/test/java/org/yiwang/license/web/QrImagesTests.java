package org.yiwang.license.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.yiwang.shared.qr.QrCodes;

/** The verification page reads back exactly what a license's QR code holds, and nothing from a non-code. */
class QrImagesTests {

  @Test
  void readsBackPayloadsOfALicensesShapeAndSize() throws Exception {
    var random = new Random(7);
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    for (int i = 0; i < 150; i++) {
      byte[] claims = new byte[280 + random.nextInt(120)];
      byte[] signature = new byte[70 + random.nextInt(3)];
      random.nextBytes(claims);
      random.nextBytes(signature);
      String payload = "YWL1." + b64.encodeToString(claims) + "." + b64.encodeToString(signature);
      var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(payload, 400)));
      assertThat(QrImages.read(image)).as("payload %d", i).contains(payload);
    }
  }

  @Test
  void aPictureWithoutACodeReadsNothing() {
    var blank = new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
    assertThat(QrImages.read(blank)).isEmpty();
  }
}
