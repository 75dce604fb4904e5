package cn.gov.oneseal.verification;

import cn.gov.oneseal.seal.Seals;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Whether a seal's signer certificate leads to one of the bureaus' CAs ({@link Seals#authorities()}): issuer by issuer,
 * each certificate's signature checked with the next one's key, through the certificates the signature carries and
 * every certificate the bureaus' seals have had ({@link Seals#knownCertificates()}); the same for PDF (RSA/ECDSA) and
 * OFD (SM2) seals.
 */
final class SealChains {

  /** Bouncy Castle, which also knows SM2/SM3; shared (making a provider costs tens of milliseconds). */
  static final Provider BC = new BouncyCastleProvider();
  private static final int MAX_CHAIN = 6;

  private SealChains() {}

  /** Whether the certificate leads, through the signature's and the bureaus' certificates, to a bureau CA. */
  static boolean chains(X509Certificate certificate, List<X509Certificate> included, Seals seals) {
    List<X509Certificate> authorities = seals.authorities();
    List<X509Certificate> pool = new ArrayList<>(included);
    pool.addAll(seals.knownCertificates());
    pool.addAll(authorities);
    X509Certificate current = certificate;
    for (int depth = 0; depth < MAX_CHAIN; depth++) {
      X509Certificate issuer = null;
      for (X509Certificate candidate : pool) {
        if (candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())
            && signedBy(current, candidate)) {
          issuer = candidate;
          break;
        }
      }
      if (issuer == null) {
        return false;
      }
      if (authorities.contains(issuer)) {
        return true;
      }
      if (issuer.equals(current)) {
        return false;
      }
      current = issuer;
    }
    return false;
  }

  private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
    try {
      certificate.verify(issuer.getPublicKey(), BC);
      return true;
    } catch (Exception notByIt) {
      return false;
    }
  }
}
