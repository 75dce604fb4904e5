package cn.gov.oneseal.seal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS signature PAdES baseline B-B puts in a PDF (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached): a detached
 * SignedData over the signed byte ranges, SHA-256, the seal's certificate chain included, signed attributes
 * content-type, message-digest and ESS signing-certificate-v2 and no signing-time (the time is the signature
 * dictionary's M). With a time-stamp authority the signature's RFC 3161 time-stamp is added as an unsigned attribute
 * (B-T).
 */
final class CadesSignature implements SignatureInterface {

  private final BureauSeal seal;
  private final TimeStamps timeStamps;

  /** @param timeStamps the time-stamp authority, or null for baseline B-B */
  CadesSignature(BureauSeal seal, TimeStamps timeStamps) {
    this.seal = seal;
    this.timeStamps = timeStamps;
  }

  @Override
  public byte[] sign(InputStream content) throws IOException {
    try {
      X509Certificate certificate = seal.pdfCertificate();
      ContentSigner signer = new JcaContentSignerBuilder(algorithm()).build(seal.pdfKey());
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
          .build()).setSignedAttributeGenerator(signedAttributes(certificate)).build(signer, certificate));
      generator.addCertificates(new JcaCertStore(seal.pdfChain()));
      CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
      if (timeStamps != null) {
        signed = timeStamped(signed);
      }
      return signed.getEncoded("DER");
    } catch (OperatorCreationException | CMSException | CertificateEncodingException
        | NoSuchAlgorithmException e) {
      throw new IOException("无法生成签章的 CMS 签名: " + e.getMessage(), e);
    }
  }

  private String algorithm() {
    String key = seal.pdfKey().getAlgorithm();
    return switch (key) {
      case "RSA" -> "SHA256withRSA";
      case "EC", "ECDSA" -> "SHA256withECDSA";
      default -> throw new IllegalArgumentException("印章的 PDF 签名密钥算法不受支持: " + key + "（应为 RSA 或 EC）");
    };
  }

  /** BC's defaults (content-type, message-digest, CMS algorithm protection) and signing-certificate-v2; no time. */
  private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
      throws CertificateEncodingException, NoSuchAlgorithmException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
        X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
    SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
    DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(
        new AttributeTable(attributes));
    return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
  }

  private CMSSignedData timeStamped(CMSSignedData signed) throws IOException {
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    Attribute token = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
        new DERSet(timeStamps.stamp(signer.getSignature()).toCMSSignedData().toASN1Structure()));
    AttributeTable unsigned = signer.getUnsignedAttributes() == null
        ? new AttributeTable(new ASN1EncodableVector()) : signer.getUnsignedAttributes();
    SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned.add(
        token.getAttrType(), token.getAttrValues().getObjectAt(0)));
    return CMSSignedData.replaceSigners(signed, new org.bouncycastle.cms.SignerInformationStore(stamped));
  }
}
