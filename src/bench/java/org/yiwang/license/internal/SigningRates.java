package org.yiwang.license.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.yiwang.shared.YiwangProperties;

/**
 * Benchmark P6: e-license signing and verification per core (one thread), SM3withSM2 on
 * BouncyCastle with the platform's own key handling, against a baseline measured in the same run:
 * SHA256withECDSA on P-256 in the JDK.
 */
public final class SigningRates {

  /** Operations per second on one thread. */
  public record Rates(double sm2Sign, double sm2Verify, double p256Sign, double p256Verify) {}

  private SigningRates() {}

  public static Rates measure(int warmUp, int runs) throws Exception {
    var keys = new DepartmentKeys(new YiwangProperties(Files.createTempDirectory("bench-keys"), null));
    var sm2 = keys.current("scjgj", "营口市市场监督管理局");
    byte[] content =
        ("{\"identifier\":\"1.2.156.3005.2.000117001000.11210800092593893X.202600000001.001.V\",\"name\":\"食品经营许可证\","
                + "\"holderName\":\"王丽\",\"holderId\":\"210802198503120023\",\"issuer\":\"营口市市场监督管理局\"}")
            .getBytes(StandardCharsets.UTF_8);
    var generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    var p256 = generator.generateKeyPair();

    double sm2Sign = rate(warmUp, runs, () -> Signatures.sign(sm2.privateKey(), content));
    byte[] sm2Signature = Signatures.sign(sm2.privateKey(), content);
    double sm2Verify = rate(warmUp, runs, () -> {
      if (!Signatures.verify(sm2.certificate(), content, sm2Signature)) {
        throw new IllegalStateException("the signature must verify");
      }
      return true;
    });
    double ecSign = rate(warmUp, runs, () -> jdkSign(p256.getPrivate(), content));
    byte[] ecSignature = jdkSign(p256.getPrivate(), content);
    double ecVerify = rate(warmUp, runs, () -> {
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
    return new Rates(sm2Sign, sm2Verify, ecSign, ecVerify);
  }

  private static byte[] jdkSign(java.security.PrivateKey key, byte[] content) {
    try {
      var s = Signature.getInstance("SHA256withECDSA");
      s.initSign(key);
      s.update(content);
      return s.sign();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double rate(int warmUp, int runs, java.util.function.Supplier<Object> operation) {
    Object sink = null;
    for (int i = 0; i < warmUp; i++) {
      sink = operation.get();
    }
    long start = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      sink = operation.get();
    }
    long elapsed = System.nanoTime() - start;
    if (sink == null) {
      throw new IllegalStateException();
    }
    return runs / (elapsed / 1e9);
  }
}
