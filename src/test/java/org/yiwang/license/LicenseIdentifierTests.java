package org.yiwang.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The identifier of GB/T 36901/36904 and its ISO/IEC 7064 MOD 37,36 check character. */
class LicenseIdentifierTests {

  @Test
  void theCheckCharacterIsIso7064Mod3736() {
    // the worked example of ISO/IEC 7064 (GB/T 17710) for the hybrid system MOD 37,36
    assertThat(LicenseIdentifier.checkCharacter("A12425GABC1234002")).isEqualTo('M');
  }

  @Test
  void anIdentifierHasTheRootThePartsAThreeDigitVersionAndItsCheck() {
    var id = new LicenseIdentifier("000117001000", "11210800000000010X", "202600000001", 1);
    String text = id.toString();
    assertThat(text).startsWith("1.2.156.3005.2.000117001000.11210800000000010X.202600000001.001.");
    assertThat(text.charAt(text.length() - 1)).isEqualTo(LicenseIdentifier.checkCharacter("000117001000" + "11210800000000010X" + "202600000001" + "001"));
    assertThat(LicenseIdentifier.parse(text)).isEqualTo(id);
  }

  @Test
  void anySingleChangedCharacterIsCaughtByTheCheck() {
    String text = new LicenseIdentifier("000117001000", "11210800MA0YK12345", "202600000042", 3).toString();
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    int checkAt = text.length() - 1;
    for (int i = LicenseIdentifier.ROOT.length() + 1; i < checkAt - 1; i++) {
      char original = text.charAt(i);
      if (original == '.') {
        continue;
      }
      for (char c : alphabet.toCharArray()) {
        if (c == original || (i >= checkAt - 4 && !Character.isDigit(c))) {
          continue;
        }
        String changed = text.substring(0, i) + c + text.substring(i + 1);
        assertThatThrownBy(() -> LicenseIdentifier.parse(changed)).as(changed).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void badShapesAreRefused() {
    for (String bad : new String[] {null, "", "1.2.156.3005.2", "1.2.156.3005.2.A.B.C.1.X", "2.2.156.3005.2.A.B.C.001.X", "1.2.156.3005.2.a.B.C.001.X"}) {
      assertThatThrownBy(() -> LicenseIdentifier.parse(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
