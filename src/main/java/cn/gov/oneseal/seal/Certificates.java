package cn.gov.oneseal.seal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Bouncy Castle (registered once), certificates read from PEM files and written as PEM, serial numbers as hex. */
final class Certificates {

  static final String BC = BouncyCastleProvider.PROVIDER_NAME;

  private Certificates() {}

  /** The Bouncy Castle provider, added to the JVM's providers the first time (SM2, SM3, PKCS#12 with SM2 keys). */
  static synchronized Provider bouncyCastle() {
    Provider provider = Security.getProvider(BC);
    if (provider == null) {
      provider = new BouncyCastleProvider();
      Security.addProvider(provider);
    }
    return provider;
  }

  /** Every certificate in a PEM (or DER) file. */
  static List<X509Certificate> read(Path file) throws IOException, GeneralSecurityException {
    return parse(Files.readAllBytes(file));
  }

  static List<X509Certificate> parse(byte[] bytes) throws GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509", bouncyCastle());
    List<X509Certificate> certificates = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      for (Certificate certificate : factory.generateCertificates(in)) {
        certificates.add((X509Certificate) certificate);
      }
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    return certificates;
  }

  /** The same certificate parsed by Bouncy Castle (SM2 keys, whatever store it came from). */
  static X509Certificate normalized(Certificate certificate) throws GeneralSecurityException {
    return parse(certificate.getEncoded()).get(0);
  }

  static String pem(X509Certificate... certificates) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      for (X509Certificate certificate : certificates) {
        writer.writeObject(certificate);
      }
    }
    return out.toString();
  }

  /** A serial number as written in revocation lists here: lower-case hex, no leading zeros. */
  static String serial(X509Certificate certificate) {
    return certificate.getSerialNumber().toString(16);
  }

  /**
   * A serial number from a revocation list: hex, optionally with {@code 0x}, colons or spaces between its bytes
   * (as {@code openssl x509 -serial} and certificate viewers print it); null for a line that is not one.
   */
  static String parseSerial(String line) {
    String hex = line.strip();
    int comment = hex.indexOf('#');
    if (comment >= 0) {
      hex = hex.substring(0, comment).strip();
    }
    if (hex.regionMatches(true, 0, "serial=", 0, 7)) {
      hex = hex.substring(7);
    }
    if (hex.regionMatches(true, 0, "0x", 0, 2)) {
      hex = hex.substring(2);
    }
    hex = hex.replaceAll("[:\\s]", "");
    if (hex.isEmpty() || !hex.matches("[0-9a-fA-F]+")) {
      return null;
    }
    return new BigInteger(hex, 16).toString(16);
  }
}
