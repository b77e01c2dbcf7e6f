package org.yiwang.license.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.springframework.stereotype.Component;
import org.yiwang.shared.YiwangProperties;

/**
 * Each issuing department's SM2 key pair (curve {@code sm2p256v1}) and self-signed certificate
 * (SM3withSM2), made on first use and kept under {@code <data-dir>/keys}: {@code <keyId>.crt.pem},
 * {@code <keyId>.key.pem} (owner-readable only) and {@code <department>.current} naming the key in
 * use. Rotation makes a new key current; old certificates stay published, so old licenses verify.
 * The key id is the first 8 bytes of the certificate's SHA-256, in hex.
 */
@Component
class DepartmentKeys {

  static final String ALGORITHM = "SM3withSM2";

  private final Path dir;
  private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();
  private final Map<String, SigningKey> loaded = new ConcurrentHashMap<>();

  DepartmentKeys(YiwangProperties properties) {
    this.dir = properties.dataDir().resolve("keys");
  }

  /** A department's current key. */
  record SigningKey(String keyId, PrivateKey privateKey, X509Certificate certificate) {}

  synchronized SigningKey current(String departmentCode, String departmentName) {
    Path pointer = dir.resolve(safe(departmentCode) + ".current");
    try {
      if (Files.exists(pointer)) {
        String keyId = Files.readString(pointer).strip();
        return load(keyId);
      }
      return rotate(departmentCode, departmentName);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes a new key current for the department; the old certificate stays published. */
  synchronized SigningKey rotate(String departmentCode, String departmentName) {
    try {
      Files.createDirectories(dir);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
      generator.initialize(new ECGenParameterSpec("sm2p256v1"));
      KeyPair pair = generator.generateKeyPair();
      var subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.C, "CN")
              .addRDN(BCStyle.ST, "辽宁省")
              .addRDN(BCStyle.L, "营口市")
              .addRDN(BCStyle.O, departmentName)
              .addRDN(BCStyle.OU, departmentCode)
              .addRDN(BCStyle.CN, departmentName + " 电子证照签章")
              .build();
      Instant now = Instant.now();
      var builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(64, new java.security.SecureRandom()).abs().add(BigInteger.ONE),
              Date.from(now.minus(1, ChronoUnit.DAYS)),
              Date.from(now.plus(3650, ChronoUnit.DAYS)),
              subject,
              pair.getPublic());
      var signer = new JcaContentSignerBuilder(ALGORITHM).setProvider(BouncyCastle.PROVIDER).build(pair.getPrivate());
      X509Certificate certificate =
          new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(builder.build(signer));
      String keyId = keyId(certificate);
      Files.writeString(dir.resolve(keyId + ".crt.pem"), pem(certificate));
      Path keyFile = dir.resolve(keyId + ".key.pem");
      Files.writeString(keyFile, pem(pair.getPrivate()));
      try {
        Files.setPosixFilePermissions(keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system: the data directory's own permissions protect it
      }
      Files.writeString(dir.resolve(safe(departmentCode) + ".current"), keyId);
      certificates.put(keyId, certificate);
      SigningKey signing = new SigningKey(keyId, pair.getPrivate(), certificate);
      loaded.put(keyId, signing);
      return signing;
    } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
      throw new IllegalStateException("cannot make an SM2 key", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SigningKey load(String keyId) throws IOException {
    X509Certificate certificate = certificate(keyId).orElseThrow(() -> new IllegalStateException("certificate missing: " + keyId));
    SigningKey cached = loaded.get(keyId);
    if (cached != null) {
      return cached;
    }
    try (var parser = new PEMParser(new StringReader(Files.readString(dir.resolve(keyId + ".key.pem"))))) {
      var converter = new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER);
      Object pem = parser.readObject();
      PrivateKey key =
          pem instanceof org.bouncycastle.openssl.PEMKeyPair pair
              ? converter.getKeyPair(pair).getPrivate()
              : converter.getPrivateKey((PrivateKeyInfo) pem);
      SigningKey signing = new SigningKey(keyId, key, certificate);
      loaded.put(keyId, signing);
      return signing;
    }
  }

  /** A published certificate by its key id, current or earlier. */
  Optional<X509Certificate> certificate(String keyId) {
    if (keyId == null || !keyId.matches("[0-9a-f]{16}")) {
      return Optional.empty();
    }
    X509Certificate known = certificates.get(keyId);
    if (known != null) {
      return Optional.of(known);
    }
    Path file = dir.resolve(keyId + ".crt.pem");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (var parser = new PEMParser(new StringReader(Files.readString(file)))) {
      var holder = (org.bouncycastle.cert.X509CertificateHolder) parser.readObject();
      X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER).getCertificate(holder);
      certificates.put(keyId, certificate);
      return Optional.of(certificate);
    } catch (IOException | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  /** Every published certificate by key id, oldest first. */
  Map<String, X509Certificate> all() {
    Map<String, X509Certificate> all = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return all;
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".crt.pem")).toList());
      sorted.sort(java.util.Comparator.comparing(p -> p.toFile().lastModified()));
      for (Path p : sorted) {
        String keyId = p.getFileName().toString().replace(".crt.pem", "");
        certificate(keyId).ifPresent(c -> all.put(keyId, c));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  static String keyId(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(Object object) {
    var out = new StringWriter();
    try (var writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String safe(String code) {
    return code.replaceAll("[^a-zA-Z0-9_-]", "_");
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
