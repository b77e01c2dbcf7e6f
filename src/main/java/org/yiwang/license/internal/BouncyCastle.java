package org.yiwang.license.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The provider of SM2 and SM3, made when a key, a certificate or a signature first needs it and
 * handed to each use rather than registered by name: building its algorithm table took 0.37 s of a
 * JDK 17 start (docs/benchmarks.md, P7), and a start need not sign anything.
 */
final class BouncyCastle {

  static final Provider PROVIDER = new BouncyCastleProvider();

  private BouncyCastle() {}
}
