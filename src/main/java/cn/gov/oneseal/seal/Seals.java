package cn.gov.oneseal.seal;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The bureaus' seals: the current seal of each bureau (what new documents are signed with), and every seal certificate
 * the bureau has used (current and earlier, so that a document issued before a renewal stays verifiable), with
 * whether a certificate has been revoked.
 */
public interface Seals {

  /** The bureau's current seal; fails when the bureau has none configured. */
  BureauSeal current(String bureauId);

  /** Every certificate any bureau's seal has had (PDF and SM2 seal certificates), the current ones included. */
  List<X509Certificate> knownCertificates();

  /** The CA certificates the seal certificates are issued by (the trust anchors verification accepts). */
  List<X509Certificate> authorities();

  /** Whether the certificate has been revoked (a compromised key; for the demo seals, revoked by the operator). */
  boolean revoked(X509Certificate certificate);
}
