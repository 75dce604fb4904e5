package cn.gov.oneseal.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;

/**
 * Makes a bureau's electronic seal (电子印章, SESeal, GB/T 38540-2020 version 4) from its SM2 seal certificate and
 * image: the seal's identifier, name and type (单位印章), the certificate of the signer allowed to use it, its validity
 * (the certificate's), the image (PNG), signed SM3withSM2 by the seal's maker — here the bureau itself with its SM2
 * key. The same certificate and image give the same seal content (the maker's signature is randomised by SM2).
 */
final class OfdSealMaker {

  /** The manufacturer identifier in the seal's header. */
  static final String VENDOR = "OneSeal";
  private static final int ORGANISATION_SEAL = 1;
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  SESeal make(BureauSeal seal, double size) {
    try {
      X509Certificate certificate = seal.sm2Certificate();
      ASN1EncodableVector certs = new ASN1EncodableVector(1);
      certs.add(new DEROctetString(certificate.getEncoded()));
      String name = seal.bureauName() + "行政审批专用章" + (seal.demo() ? "（演示）" : "");
      SES_ESPropertyInfo property = new SES_ESPropertyInfo()
          .setType(new ASN1Integer(ORGANISATION_SEAL))
          .setName(new DERUTF8String(name))
          .setCertListType(SES_ESPropertyInfo.CertListType)
          .setCertList(SES_CertList.getInstance(SES_ESPropertyInfo.CertListType, new DERSequence(certs)))
          .setCreateDate(new ASN1GeneralizedTime(certificate.getNotBefore()))
          .setValidStart(new ASN1GeneralizedTime(certificate.getNotBefore()))
          .setValidEnd(new ASN1GeneralizedTime(certificate.getNotAfter()));
      SES_ESPictrueInfo picture = new SES_ESPictrueInfo()
          .setType("PNG")
          .setData(seal.image())
          .setWidth((int) Math.round(size))
          .setHeight((int) Math.round(size));
      SES_SealInfo info = new SES_SealInfo()
          .setHeader(new SES_Header(SES_Header.V4, new DERIA5String(VENDOR)))
          .setEsID(new DERIA5String(seal.bureauId() + "-" + certificate.getSerialNumber().toString(16)))
          .setProperty(property)
          .setPicture(picture);
      Signature signature = Signature.getInstance("SM3withSM2", BC);
      signature.initSign(seal.sm2Key());
      signature.update(info.getEncoded("DER"));
      return new SESeal()
          .seteSealInfo(info)
          .setCert(certificate)
          .setSignAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
          .setSignedValue(signature.sign());
    } catch (IOException e) {
      throw new UncheckedIOException("电子印章无法生成", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("电子印章无法生成（SM2 签名失败）: " + e.getMessage(), e);
    }
  }

  /** What identifies a seal's content: the SM2 certificate, the image, the bureau and the demo mark. */
  static String key(BureauSeal seal) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(seal.sm2Certificate().getEncoded());
      sha.update(seal.image());
      sha.update((seal.bureauId() + "\n" + seal.bureauName() + "\n" + seal.demo()).getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
