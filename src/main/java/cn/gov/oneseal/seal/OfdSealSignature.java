package cn.gov.oneseal.seal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.jcajce.provider.asymmetric.util.ECUtil;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.gm.ses.v4.TBS_Sign;

/**
 * The electronic seal signature (SES_Signature, GB/T 38540-2020 version 4) over an OFD document's signature file:
 * what ofdrw's {@code SESV4Container} makes (SM3withSM2, the signer's default identity 1234567812345678), but signed
 * with Bouncy Castle's SM2 signer on the key's parameters read once ({@link #signingKey}): that container creates a
 * provider per signature (60 ms of each seal here), and the JCA signature converts the key again each time, which
 * makes the curve's precomputed multiples of the base point again (about a third of an OFD's sealing).
 */
final class OfdSealSignature {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ECPrivateKeyParameters key;
  private final SESeal seal;
  private final Certificate certificate;

  OfdSealSignature(ECPrivateKeyParameters key, SESeal seal, Certificate certificate) {
    this.key = key;
    this.seal = seal;
    this.certificate = certificate;
  }

  /** The seal signature over the signature file; {@code propertyInfo} is that file's place in the package. */
  byte[] sign(InputStream signatureFile, String propertyInfo) throws IOException, GeneralSecurityException {
    TBS_Sign toSign = new TBS_Sign()
        .setVersion(SES_Header.V4)
        .setEseal(seal)
        .setTimeInfo(new ASN1GeneralizedTime(new Date(), Locale.CHINA))
        .setDataHash(new SM3.Digest().digest(signatureFile.readAllBytes()))
        .setPropertyInfo(propertyInfo);
    SM2Signer signer = new SM2Signer();
    signer.init(true, new ParametersWithRandom(key, RANDOM));
    byte[] data = toSign.getEncoded("DER");
    signer.update(data, 0, data.length);
    byte[] signature;
    try {
      signature = signer.generateSignature();
    } catch (CryptoException e) {
      throw new GeneralSecurityException("SM2 签名失败: " + e.getMessage(), e);
    }
    return new SES_Signature()
        .setToSign(toSign)
        .setCert(certificate)
        .setSignatureAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
        .setSignature(signature)
        .getEncoded("DER");
  }

  /**
   * The SM2 private key's parameters for {@link SM2Signer}, to be kept with the seal: the same curve and base point
   * for every signature, so that the base point's precomputed multiples are made once.
   */
  static ECPrivateKeyParameters signingKey(PrivateKey key) {
    try {
      return (ECPrivateKeyParameters) ECUtil.generatePrivateKeyParameter(key);
    } catch (InvalidKeyException | ClassCastException e) {
      throw new IllegalStateException("SM2 私钥无法用于签章: " + e.getMessage(), e);
    }
  }
}
