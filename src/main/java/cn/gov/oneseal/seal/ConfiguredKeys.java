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
 * names. SunPKCS11 has no SM2 and Bouncy Castle's SM2 cannot use a key that stays in a device, so with a device the
 * SM2 key comes from a PKCS#12 file of its own ({@code sm2-pkcs12}); the device holds the PDF key. Each key is tried
 * once (a signature made and verified with its certificate), so that a wrong alias or a certificate that is not the
 * key's stops start-up instead of the first document.
 */
final class ConfiguredKeys {

  private ConfiguredKeys() {}

  static DemoSeals.Keys load(String bureauId, SealProperties.BureauKeys keys, UnaryOperator<String> environment)
      throws GeneralSecurityException, IOException {
    String prefix = "oneseal.seals.bureaus." + bureauId;
    if (keys.pkcs11() != null && keys.sm2Pkcs12() == null) {
      throw new GeneralSecurityException("PKCS#11 设备只能存放 PDF 签名密钥（SunPKCS11 不支持 SM2），OFD 的 SM2 密钥请放在 "
          + "PKCS#12 文件中：请设置 " + prefix + ".sm2-pkcs12.path 与 " + prefix + ".sm2-pkcs12.password-env (a PKCS#11 "
          + "device holds only the PDF key: SunPKCS11 cannot sign with SM2; set " + prefix + ".sm2-pkcs12.path and "
          + prefix + ".sm2-pkcs12.password-env for the SM2 key)");
    }
    Opened pdfStore = keys.pkcs12() != null
        ? pkcs12(keys.pkcs12(), prefix + ".pkcs12", environment) : pkcs11(keys.pkcs11(), prefix, environment);
    Opened sm2Store = keys.sm2Pkcs12() != null
        ? pkcs12(keys.sm2Pkcs12(), prefix + ".sm2-pkcs12", environment) : pdfStore;
    PrivateKey pdfKey = key(pdfStore, keys.pdfAlias(), prefix + ".pdf-alias");
    List<X509Certificate> pdfChain = chain(pdfStore.store(), keys.pdfAlias(), prefix + ".pdf-alias");
    PrivateKey sm2Key = key(sm2Store, keys.sm2Alias(), prefix + ".sm2-alias");
    List<X509Certificate> sm2Chain = chain(sm2Store.store(), keys.sm2Alias(), prefix + ".sm2-alias");
    tryOut(pdfKey, pdfChain.get(0), prefix + ".pdf-alias");
    tryOut(sm2Key, sm2Chain.get(0), prefix + ".sm2-alias");
    return new DemoSeals.Keys(pdfKey, pdfChain, sm2Key, sm2Chain);
  }

  /** A keystore opened with its password or PIN. */
  private record Opened(KeyStore store, char[] secret) {}

  private static Opened pkcs12(SealProperties.Pkcs12 pkcs12, String property, UnaryOperator<String> environment)
      throws GeneralSecurityException, IOException {
    String variable = pkcs12.passwordEnv();
    char[] secret = secret(environment, variable, property + ".password-env");
    KeyStore store = KeyStore.getInstance("PKCS12", Certificates.bouncyCastle());
    try (InputStream in = Files.newInputStream(Path.of(required(pkcs12.path(), property + ".path")))) {
      try {
        store.load(in, secret);
      } catch (IOException e) {
        throw new GeneralSecurityException("PKCS#12 文件 " + pkcs12.path() + " 无法用环境变量 " + variable
            + " 中的密码打开 (the keystore cannot be opened with the password in " + variable + "; " + property
            + ".password-env): " + e.getMessage(), e);
      }
    }
    return new Opened(store, secret);
  }

  /**
   * The device through SunPKCS11, logged in with the PIN. A device already opened in this JVM (same {@code name} in
   * its configuration) is used again: its keys work only with the provider that found them.
   */
  private static Opened pkcs11(SealProperties.Pkcs11 pkcs11, String prefix, UnaryOperator<String> environment)
      throws GeneralSecurityException {
    String config = required(pkcs11.config(), prefix + ".pkcs11.config");
    String variable = pkcs11.pinEnv();
    char[] secret = secret(environment, variable, prefix + ".pkcs11.pin-env");
    Provider sunPkcs11 = Security.getProvider("SunPKCS11");
    if (sunPkcs11 == null) {
      throw new GeneralSecurityException("本 Java 运行环境没有 SunPKCS11 提供者 (no SunPKCS11 provider in this JRE)");
    }
    Provider configured = sunPkcs11.configure(config);
    Provider registered = Security.getProvider(configured.getName());
    Provider device = registered != null ? registered : configured;
    KeyStore store = KeyStore.getInstance("PKCS11", device);
    try {
      store.load(null, secret);
    } catch (IOException e) {
      throw new GeneralSecurityException("PKCS#11 设备（" + config + "）拒绝登录：请检查环境变量 " + variable
          + " 中的 PIN 与配置中的 slot (the device refused the login with the PIN in " + variable + "; " + prefix
          + ".pkcs11.pin-env): " + rootMessage(e), e);
    }
    if (registered == null) {
      Security.addProvider(device);
    }
    return new Opened(store, secret);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
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

  private static PrivateKey key(Opened opened, String alias, String property) throws GeneralSecurityException {
    KeyStore store = opened.store();
    if (!store.isKeyEntry(alias) || !(store.getKey(alias, opened.secret()) instanceof PrivateKey key)) {
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
