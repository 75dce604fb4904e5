package cn.gov.oneseal.seal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.gm.ses.v4.TBS_Sign;
import org.ofdrw.sign.ExtendSignatureContainer;

/**
 * The electronic seal signature (SES_Signature, GB/T 38540-2020 version 4) over an OFD document's signature file:
 * what ofdrw's {@code SESV4Container} makes, with one Bouncy Castle provider shared by all signatures (that container
 * creates a provider per signature, which took 60 ms of each seal here).
 */
final class OfdSealSignature implements ExtendSignatureContainer {

  private static final Provider BC = new BouncyCastleProvider();

  private final PrivateKey key;
  private final SESeal seal;
  private final Certificate certificate;

  OfdSealSignature(PrivateKey key, SESeal seal, Certificate certificate) {
    this.key = key;
    this.seal = seal;
    this.certificate = certificate;
  }

  @Override
  public MessageDigest getDigestFnc() {
    return new SM3.Digest();
  }

  @Override
  public ASN1ObjectIdentifier getSignAlgOID() {
    return GMObjectIdentifiers.sm2sign_with_sm3;
  }

  @Override
  public byte[] sign(InputStream signatureFile, String propertyInfo) throws IOException, GeneralSecurityException {
    TBS_Sign toSign = new TBS_Sign()
        .setVersion(SES_Header.V4)
        .setEseal(seal)
        .setTimeInfo(new ASN1GeneralizedTime(new Date(), Locale.CHINA))
        .setDataHash(getDigestFnc().digest(signatureFile.readAllBytes()))
        .setPropertyInfo(propertyInfo);
    Signature signature = Signature.getInstance("SM3withSM2", BC);
    signature.initSign(key);
    signature.update(toSign.getEncoded("DER"));
    return new SES_Signature()
        .setToSign(toSign)
        .setCert(certificate)
        .setSignatureAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
        .setSignature(signature.sign())
        .getEncoded("DER");
  }

  @Override
  public byte[] getSeal() throws IOException {
    return seal.getEncoded("DER");
  }

  @Override
  public SigType getSignType() {
    return SigType.Seal;
  }
}
