package cn.gov.oneseal.seal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * One bureau's electronic seal (行政审批专用章) as the documents are signed with it: the PDF signing key and its
 * certificate chain (the seal certificate first, the bureau's CA last) for PAdES, the SM2 key and certificate chain for
 * the OFD seal (GB/T 38540, SM2/SM3), and the seal's image (a red round seal drawn from the bureau's name, PNG).
 *
 * @param bureauId the bureau (engine tenant) the seal belongs to
 * @param bureauName the bureau's name, as on the seal
 * @param pdfKey the private key that signs PDFs (RSA or EC; may live in a PKCS#11 device)
 * @param pdfChain the PDF seal certificate first, its CA certificate(s) after, the root last
 * @param sm2Key the SM2 private key that signs OFD documents
 * @param sm2Chain the SM2 seal certificate first, its CA certificate(s) after
 * @param image the seal's image, PNG, transparent background
 * @param demo whether this is a demo seal (演示: demo profile only; marked in the certificate and on the image)
 */
public record BureauSeal(String bureauId, String bureauName, PrivateKey pdfKey, List<X509Certificate> pdfChain,
    PrivateKey sm2Key, List<X509Certificate> sm2Chain, byte[] image, boolean demo) {

  public X509Certificate pdfCertificate() {
    return pdfChain.get(0);
  }

  public X509Certificate sm2Certificate() {
    return sm2Chain.get(0);
  }
}
