package cn.gov.oneseal.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.jce.interfaces.ECPublicKey;

/**
 * A bureau's production keys: from a PKCS#12 file (read with Bouncy Castle, which knows SM2 keys) or a PKCS#11
 * device through Java's SunPKCS11 provider, the password or PIN from the environment variable the configuration
 * names. Each key is tried once (a signature made and verified with its certificate), so that a wrong alias or a
 * certificate that is not the key's stops start-up instead of the first document.
 */
final class ConfiguredKeys {

  private ConfiguredKeys() {}

  static DemoSeals.Keys load(String bureauId, SealProperties.BureauKeys keys, UnaryOperator<String> environment)
      throws GeneralSecurityException, IOException {
    String prefix = "oneseal.seals.bureaus." + bureauId;
    KeyStore store;
    char[] secret;
    if (keys.pkcs12() != null) {
      secret = secret(environment, keys.pkcs12().passwordEnv(), prefix + ".pkcs12.password-env");
      store = KeyStore.getInstance("PKCS12", Certificates.bouncyCastle());
      try (InputStream in = Files.newInputStream(Path.of(required(keys.pkcs12().path(), prefix + ".pkcs12.path")))) {
        store.load(in, secret);
      }
    } else {
      String config = required(keys.pkcs11().config(), prefix + ".pkcs11.config");
      secret = secret(environment, keys.pkcs11().pinEnv(), prefix + ".pkcs11.pin-env");
      Provider sunPkcs11 = Security.getProvider("SunPKCS11");
      if (sunPkcs11 == null) {
        throw new GeneralSecurityException("本 Java 运行环境没有 SunPKCS11 提供者 (no SunPKCS11 provider in this JRE)");
      }
      Provider device = sunPkcs11.configure(config);
      if (Security.getProvider(device.getName()) == null) {
        Security.addProvider(device);
      }
      store = KeyStore.getInstance("PKCS11", device);
      store.load(null, secret);
    }
    PrivateKey pdfKey = key(store, keys.pdfAlias(), secret, prefix + ".pdf-alias");
    List<X509Certificate> pdfChain = chain(store, keys.pdfAlias(), prefix + ".pdf-alias");
    PrivateKey sm2Key = key(store, keys.sm2Alias(), secret, prefix + ".sm2-alias");
    List<X509Certificate> sm2Chain = chain(store, keys.sm2Alias(), prefix + ".sm2-alias");
    tryOut(pdfKey, pdfChain.get(0), prefix + ".pdf-alias");
    tryOut(sm2Key, sm2Chain.get(0), prefix + ".sm2-alias");
    return new DemoSeals.Keys(pdfKey, pdfChain, sm2Key, sm2Chain);
  }

  private static char[] secret(UnaryOperator<String> environment, String variable, String property)
      throws GeneralSecurityException {
    String value = environment.apply(required(variable, property));
    if (value == null || value.isEmpty()) {
      throw new GeneralSecurityException("环境变量 " + variable + " 未设置 (environment variable " + variable
          + " is not set; " + property + ")");
    }
    return value.toCharArray();
  }

  private static String required(String value, String property) throws GeneralSecurityException {
    if (value == null || value.isBlank()) {
      throw new GeneralSecurityException("缺少配置 " + property + " (" + property + " is not set)");
    }
    return value;
  }

  private static PrivateKey key(KeyStore store, String alias, char[] secret, String property)
      throws GeneralSecurityException {
    if (!store.isKeyEntry(alias) || !(store.getKey(alias, secret) instanceof PrivateKey key)) {
      throw new GeneralSecurityException("密钥库中没有别名为 " + alias + " 的私钥 (no private key with alias " + alias
          + "; " + property + ")");
    }
    return key;
  }

  private static List<X509Certificate> chain(KeyStore store, String alias, String property)
      throws GeneralSecurityException {
    Certificate[] chain = store.getCertificateChain(alias);
    if (chain == null || chain.length == 0) {
      throw new GeneralSecurityException("别名 " + alias + " 没有证书链 (no certificate chain for alias " + alias + "; "
          + property + ")");
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (Certificate certificate : chain) {
      certificates.add(Certificates.normalized(certificate));
    }
    return certificates;
  }

  /** Signs a few bytes with the key and verifies them with the certificate. */
  static void tryOut(PrivateKey key, X509Certificate certificate, String property) throws GeneralSecurityException {
    String algorithm = signatureAlgorithm(certificate);
    byte[] probe = "一颗印章".getBytes(StandardCharsets.UTF_8);
    Signature signer = algorithm.equals(DemoAuthority.SM2_SIGNATURE)
        ? Signature.getInstance(algorithm, Certificates.bouncyCastle()) : Signature.getInstance(algorithm);
    signer.initSign(key);
    signer.update(probe);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm, Certificates.bouncyCastle());
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(probe);
    if (!verifier.verify(signature)) {
      throw new GeneralSecurityException("私钥与证书 " + certificate.getSubjectX500Principal().getName()
          + " 不匹配 (the key does not belong to the certificate; " + property + ")");
    }
  }

  /** SM3withSM2 for an SM2 key, SHA256withECDSA for another EC key, SHA256withRSA for RSA. */
  static String signatureAlgorithm(X509Certificate certificate) {
    if (certificate.getPublicKey() instanceof ECPublicKey ec) {
      boolean sm2 = ec.getParameters() != null
          && GMNamedCurves.getByName(DemoAuthority.SM2_CURVE).getCurve().equals(ec.getParameters().getCurve());
      return sm2 ? DemoAuthority.SM2_SIGNATURE : "SHA256withECDSA";
    }
    return DemoAuthority.RSA_SIGNATURE;
  }
}
