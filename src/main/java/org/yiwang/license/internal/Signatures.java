package org.yiwang.license.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** SM3withSM2 signatures: raw ones (the QR payload, the license record) and CMS for the PDF. */
final class Signatures {

  private Signatures() {}

  static byte[] sign(PrivateKey key, byte[] content) {
    try {
      Signature signature = Signature.getInstance(DepartmentKeys.ALGORITHM, BouncyCastle.PROVIDER);
      signature.initSign(key);
      signature.update(content);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign", e);
    }
  }

  static boolean verify(X509Certificate certificate, byte[] content, byte[] signed) {
    try {
      Signature signature = Signature.getInstance(DepartmentKeys.ALGORITHM, BouncyCastle.PROVIDER);
      signature.initVerify(certificate.getPublicKey());
      signature.update(content);
      return signature.verify(signed);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** A detached CMS signature (PKCS #7) over the content, with the certificate, for a PDF signature field. */
  static byte[] cms(PrivateKey key, X509Certificate certificate, byte[] content) {
    try {
      var generator = new CMSSignedDataGenerator();
      var signer = new JcaContentSignerBuilder(DepartmentKeys.ALGORITHM).setProvider(BouncyCastle.PROVIDER).build(key);
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(BouncyCastle.PROVIDER).build())
              .build(signer, certificate));
      generator.addCertificates(new JcaCertStore(List.of(certificate)));
      return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
      throw new IllegalStateException("cannot sign the PDF", e);
    }
  }

  /** The CMS structure at the start of a PDF signature's contents (the rest is zero padding). */
  static org.bouncycastle.asn1.cms.ContentInfo firstObject(byte[] contents) throws CMSException {
    try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
      return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
    } catch (IOException | IllegalArgumentException e) {
      throw new CMSException("not a CMS signature", e);
    }
  }

  /** The certificate a detached CMS signature names, if it verifies over the content under that certificate. */
  static X509CertificateHolder cmsSigner(byte[] cms, byte[] content) throws CMSException {
    CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), firstObject(cms));
    for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
      @SuppressWarnings("unchecked")
      var matches = signed.getCertificates().getMatches(signer.getSID());
      for (Object match : matches) {
        var holder = (X509CertificateHolder) match;
        try {
          if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.PROVIDER).build(holder))) {
            return holder;
          }
        } catch (OperatorCreationException | java.security.cert.CertificateException | CMSException e) {
          return null;
        }
      }
    }
    return null;
  }
}
