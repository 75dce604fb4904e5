package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Production seals: each bureau's keys from its PKCS#12 keystore (or PKCS#11 device), the password from the
 * environment variable the configuration names; a bureau without a usable seal stops start-up, naming what to set.
 */
class ConfiguredSealKeysTest {

  static final Bureaus CITY_ONLY = new Bureaus(List.of(new Bureau("city", "某市行政审批服务局", "320500", true)));
  static final Bureaus TWO = new Bureaus(List.of(new Bureau("city", "某市行政审批服务局", "320500", true),
      new Bureau("countyA", "某市甲县行政审批局", "320581", false)));
  static final String PASSWORD = "Seal-城-2026!";
  static final Map<String, String> ENVIRONMENT = Map.of("ONESEAL_SEAL_CITY_PASSWORD", PASSWORD);

  @TempDir static Path folder;
  static DemoAuthority.Issued ca;
  static DemoAuthority.Issued sm2Ca;
  static DemoAuthority.Issued pdf;
  static DemoAuthority.Issued sm2;
  static DemoAuthority.Issued earlier;
  static Path keystore;

  @BeforeAll
  static void theBureausKeystore() throws Exception {
    Certificates.bouncyCastle();
    ca = DemoAuthority.rootCa("某市行政审批服务局", false);
    sm2Ca = DemoAuthority.rootCa("某市行政审批服务局", true);
    pdf = DemoAuthority.seal(ca, "某市行政审批服务局", false);
    sm2 = DemoAuthority.seal(sm2Ca, "某市行政审批服务局", true);
    earlier = DemoAuthority.seal(ca, "某市行政审批服务局", false);
    keystore = keystore("city.p12", "city-pdf", pdf, ca, "city-sm2", sm2, sm2Ca);
    Files.writeString(folder.resolve("city-2025.pem"), Certificates.pem(earlier.certificate()));
  }

  static Path keystore(String file, String pdfAlias, DemoAuthority.Issued pdfSeal, DemoAuthority.Issued pdfCa,
      String sm2Alias, DemoAuthority.Issued sm2Seal, DemoAuthority.Issued theSm2Ca) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12", "BC");
    store.load(null, null);
    store.setKeyEntry(pdfAlias, pdfSeal.key(), PASSWORD.toCharArray(),
        new X509Certificate[] {pdfSeal.certificate(), pdfCa.certificate()});
    store.setKeyEntry(sm2Alias, sm2Seal.key(), PASSWORD.toCharArray(),
        new X509Certificate[] {sm2Seal.certificate(), theSm2Ca.certificate()});
    Path path = folder.resolve(file);
    try (OutputStream out = Files.newOutputStream(path)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return path;
  }

  static SealProperties.BureauKeys pkcs12(Path path, String variable, List<String> earlierCertificates) {
    return new SealProperties.BureauKeys(new SealProperties.Pkcs12(path.toString(), variable), null, null, "city-pdf",
        "city-sm2", earlierCertificates);
  }

  static SealProperties production(Map<String, SealProperties.BureauKeys> bureaus) {
    return new SealProperties(false, null, bureaus, List.of(), List.of(), null);
  }

  @Test
  void aBureausPkcs12KeystoreIsReadWithThePasswordFromTheEnvironment() throws Exception {
    Path extraCa = Files.writeString(folder.resolve("old-ca.pem"),
        Certificates.pem(DemoAuthority.rootCa("旧CA", false).certificate()));
    SealProperties properties = new SealProperties(false, null,
        Map.of("city", pkcs12(keystore, "ONESEAL_SEAL_CITY_PASSWORD", List.of(folder.resolve("city-2025.pem")
            .toString()))), List.of(extraCa.toString()), List.of(Certificates.serial(earlier.certificate())), null);
    SealKeys seals = new SealKeys(CITY_ONLY, properties, folder, ENVIRONMENT::get);
    BureauSeal seal = seals.current("city");
    assertThat(seal.demo()).isFalse();
    assertThat(seal.pdfChain()).containsExactly(pdf.certificate(), ca.certificate());
    assertThat(seal.sm2Chain()).containsExactly(sm2.certificate(), sm2Ca.certificate());
    assertThat(seal.pdfKey().getEncoded()).isEqualTo(pdf.key().getEncoded());
    assertThat(seal.sm2Key().getEncoded()).isEqualTo(sm2.key().getEncoded());
    assertThat(seal.image()).isEqualTo(SealImage.png("某市行政审批服务局", false));
    // the certificate before the renewal stays known; here it has also been revoked
    assertThat(seals.knownCertificates()).containsExactlyInAnyOrder(pdf.certificate(), sm2.certificate(),
        earlier.certificate());
    assertThat(seals.revoked(earlier.certificate())).isTrue();
    assertThat(seals.revoked(pdf.certificate())).isFalse();
    assertThat(seals.authorities()).contains(ca.certificate(), sm2Ca.certificate())
        .anyMatch(c -> c.getSubjectX500Principal().getName().contains("旧CA")).hasSize(3);
  }

  @Test
  void aBureauWithoutASealStopsStartUpNamingWhatToSet() {
    SealProperties properties = production(Map.of("city", pkcs12(keystore, "ONESEAL_SEAL_CITY_PASSWORD", List.of())));
    assertThatThrownBy(() -> new SealKeys(TWO, properties, folder, ENVIRONMENT::get))
        .isInstanceOf(SealConfigurationException.class)
        .hasMessageContaining("某市甲县行政审批局（countyA）未配置印章 (no seal configured)")
        .hasMessageContaining("oneseal.seals.bureaus.countyA.pkcs12.path")
        .hasMessageContaining("oneseal.seals.bureaus.countyA.pkcs12.password-env")
        .hasMessageContaining("ONESEAL_SEAL_COUNTYA_PASSWORD")
        .hasMessageContaining("oneseal.seals.bureaus.countyA.pkcs11.config")
        .hasMessageContaining("documents are never issued unsigned")
        .hasMessageNotContaining("（city）");
    assertThatThrownBy(() -> new SealKeys(TWO, production(Map.of()), folder, ENVIRONMENT::get))
        .hasMessageContaining("oneseal.seals.bureaus.city.pkcs12.path")
        .hasMessageContaining("oneseal.seals.bureaus.countyA.pkcs12.path");
  }

  @Test
  void aPasswordVariableThatIsNotSetIsNamed() {
    SealProperties properties = production(Map.of("city", pkcs12(keystore, "ONESEAL_SEAL_CITY_PASSWORD", List.of())));
    assertThatThrownBy(() -> new SealKeys(CITY_ONLY, properties, folder, name -> null))
        .isInstanceOf(SealConfigurationException.class)
        .hasMessageContaining("环境变量 ONESEAL_SEAL_CITY_PASSWORD 未设置")
        .hasMessageContaining("environment variable ONESEAL_SEAL_CITY_PASSWORD is not set");
  }

  @Test
  void aWrongPasswordAWrongAliasOrAKeyThatIsNotTheCertificatesStopStartUp() throws Exception {
    SealProperties properties = production(Map.of("city", pkcs12(keystore, "ONESEAL_SEAL_CITY_PASSWORD", List.of())));
    assertThatThrownBy(() -> new SealKeys(CITY_ONLY, properties, folder, name -> "wrong"))
        .isInstanceOf(SealConfigurationException.class).hasMessageContaining("（city）的印章无法读取");
    SealProperties wrongAlias = production(Map.of("city", new SealProperties.BureauKeys(
        new SealProperties.Pkcs12(keystore.toString(), "ONESEAL_SEAL_CITY_PASSWORD"), null, null, "pdf", "sm2",
        null)));
    assertThatThrownBy(() -> new SealKeys(CITY_ONLY, wrongAlias, folder, ENVIRONMENT::get))
        .hasMessageContaining("no private key with alias pdf").hasMessageContaining("oneseal.seals.bureaus.city.pdf-alias");
    // the PDF key stored with the earlier seal's certificate
    Path mismatched = keystore("mismatched.p12", "city-pdf",
        new DemoAuthority.Issued(pdf.key(), earlier.certificate()), ca, "city-sm2", sm2, sm2Ca);
    SealProperties wrongKey = production(Map.of("city", pkcs12(mismatched, "ONESEAL_SEAL_CITY_PASSWORD", List.of())));
    assertThatThrownBy(() -> new SealKeys(CITY_ONLY, wrongKey, folder, ENVIRONMENT::get))
        .hasMessageContaining("the key does not belong to the certificate");
  }

  @Test
  void aBureauIdInLowerCaseAsEnvironmentVariablesBindItIsFound() {
    SealProperties properties = production(Map.of("city", pkcs12(keystore, "ONESEAL_SEAL_CITY_PASSWORD", List.of()),
        "countya", new SealProperties.BureauKeys(null, new SealProperties.Pkcs11(
            folder.resolve("no-such-pkcs11.cfg").toString(), "ONESEAL_SEAL_COUNTYA_PIN"),
            new SealProperties.Pkcs12(keystore.toString(), "ONESEAL_SEAL_CITY_PASSWORD"), null, null, null)));
    // countyA's PKCS#11 configuration is found (and its file is missing)
    assertThatThrownBy(() -> new SealKeys(TWO, properties, folder,
        Map.of("ONESEAL_SEAL_CITY_PASSWORD", PASSWORD, "ONESEAL_SEAL_COUNTYA_PIN", "1234")::get))
        .isInstanceOf(SealConfigurationException.class)
        .hasMessageContaining("某市甲县行政审批局（countyA）的印章无法读取")
        .hasMessageNotContaining("未配置印章");
  }

  @Test
  void revokedSerialsAreReadAsHexInTheFormsCertificateToolsPrintThem() throws Exception {
    String hex = Certificates.serial(pdf.certificate());
    String colons = String.join(":", hex.split("(?<=\\G..)")).toUpperCase();
    for (String listed : List.of(hex, "0x" + hex.toUpperCase(), "serial=" + hex, colons + "  # 密钥泄露")) {
      Path file = Files.writeString(folder.resolve("revoked.txt"), "# 吊销列表\n\n" + listed + "\n");
      SealProperties properties = new SealProperties(false, null,
          Map.of("city", pkcs12(keystore, "ONESEAL_SEAL_CITY_PASSWORD", List.of())), List.of(), List.of(),
          file.toString());
      assertThat(new SealKeys(CITY_ONLY, properties, folder, ENVIRONMENT::get).revoked(pdf.certificate()))
          .as(listed).isTrue();
    }
    SealProperties wrong = new SealProperties(false, null,
        Map.of("city", pkcs12(keystore, "ONESEAL_SEAL_CITY_PASSWORD", List.of())), List.of(), List.of("not-hex"), null);
    assertThatThrownBy(() -> new SealKeys(CITY_ONLY, wrong, folder, ENVIRONMENT::get))
        .isInstanceOf(SealConfigurationException.class).hasMessageContaining("oneseal.seals.revoked");
  }

  @Test
  void anSm2KeystoreOfItsOwnGivesTheSm2KeyBesideAPkcs12KeystoreToo() throws Exception {
    DemoAuthority.Issued otherSm2 = DemoAuthority.seal(sm2Ca, "某市行政审批服务局", true);
    Path sm2Only = keystore("city-sm2-only.p12", "unused-pdf", pdf, ca, "city-sm2", otherSm2, sm2Ca);
    SealProperties properties = production(Map.of("city", new SealProperties.BureauKeys(
        new SealProperties.Pkcs12(keystore.toString(), "ONESEAL_SEAL_CITY_PASSWORD"), null,
        new SealProperties.Pkcs12(sm2Only.toString(), "ONESEAL_SEAL_CITY_PASSWORD"), "city-pdf", "city-sm2", null)));
    BureauSeal seal = new SealKeys(CITY_ONLY, properties, folder, ENVIRONMENT::get).current("city");
    assertThat(seal.pdfChain()).containsExactly(pdf.certificate(), ca.certificate());
    assertThat(seal.sm2Chain()).containsExactly(otherSm2.certificate(), sm2Ca.certificate());
    assertThat(seal.sm2Key().getEncoded()).isEqualTo(otherSm2.key().getEncoded());
  }

  @Test
  void bothAKeystoreAndADeviceForOneBureauIsRefused() {
    SealProperties properties = production(Map.of("city", new SealProperties.BureauKeys(
        new SealProperties.Pkcs12(keystore.toString(), "ONESEAL_SEAL_CITY_PASSWORD"),
        new SealProperties.Pkcs11("/etc/x.cfg", "PIN"), null, null, null, null)));
    assertThatThrownBy(() -> new SealKeys(CITY_ONLY, properties, folder, ENVIRONMENT::get))
        .hasMessageContaining("exactly one of them");
  }
}
