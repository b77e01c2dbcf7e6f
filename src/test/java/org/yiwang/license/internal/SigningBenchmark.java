package org.yiwang.license.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import org.yiwang.shared.YiwangProperties;

/**
 * E-license signing and verification per core (one thread), SM3withSM2 on BouncyCastle, with a
 * baseline measured in the same run: SHA256withECDSA on P-256 in the JDK. Prints figures; asserts
 * nothing about time. Run on purpose:
 * {@code ./mvnw test -Dtest=SigningBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SigningBenchmark {

  static final int WARM_UP = 2_000;
  static final int RUNS = 5_000;

  @Test
  void signAndVerifyPerCore() throws Exception {
    var keys = new DepartmentKeys(new YiwangProperties(Files.createTempDirectory("bench-keys"), null));
    var sm2 = keys.current("scjgj", "营口市市场监督管理局");
    byte[] content =
        ("{\"identifier\":\"1.2.156.3005.2.000117001000.11210800092593893X.202600000001.001.V\",\"name\":\"食品经营许可证\","
                + "\"holderName\":\"王丽\",\"holderId\":\"210802198503120023\",\"issuer\":\"营口市市场监督管理局\"}")
            .getBytes(StandardCharsets.UTF_8);

    var generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    var p256 = generator.generateKeyPair();

    double sm2Sign = rate(() -> Signatures.sign(sm2.privateKey(), content));
    byte[] sm2Signature = Signatures.sign(sm2.privateKey(), content);
    double sm2Verify = rate(() -> {
      if (!Signatures.verify(sm2.certificate(), content, sm2Signature)) {
        throw new IllegalStateException("the signature must verify");
      }
      return true;
    });
    double ecSign = rate(() -> jdk("SHA256withECDSA", p256.getPrivate(), content));
    byte[] ecSignature = jdk("SHA256withECDSA", p256.getPrivate(), content);
    double ecVerify = rate(() -> {
      try {
        var v = Signature.getInstance("SHA256withECDSA");
        v.initVerify(p256.getPublic());
        v.update(content);
        if (!v.verify(ecSignature)) {
          throw new IllegalStateException("the signature must verify");
        }
        return true;
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    });
    System.out.printf("%n[benchmark] e-license signatures, one thread, %d operations after %d warm-up%n", RUNS, WARM_UP);
    System.out.printf("[benchmark] SM3withSM2 sign    %8.0f /s   ratio to JDK P-256 sign   %.2f%n", sm2Sign, sm2Sign / ecSign);
    System.out.printf("[benchmark] SM3withSM2 verify  %8.0f /s   ratio to JDK P-256 verify %.2f%n", sm2Verify, sm2Verify / ecVerify);
    System.out.printf("[benchmark] baseline SHA256withECDSA P-256: sign %.0f /s, verify %.0f /s%n", ecSign, ecVerify);
  }

  private static byte[] jdk(String algorithm, java.security.PrivateKey key, byte[] content) {
    try {
      var s = Signature.getInstance(algorithm);
      s.initSign(key);
      s.update(content);
      return s.sign();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double rate(java.util.function.Supplier<Object> operation) {
    Object sink = null;
    for (int i = 0; i < WARM_UP; i++) {
      sink = operation.get();
    }
    long start = System.nanoTime();
    for (int i = 0; i < RUNS; i++) {
      sink = operation.get();
    }
    long elapsed = System.nanoTime() - start;
    if (sink == null) {
      throw new IllegalStateException();
    }
    return RUNS / (elapsed / 1e9);
  }
}
