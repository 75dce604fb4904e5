package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.gov.oneseal.OneSealApplication;
import cn.gov.oneseal.notice.PdfWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidAlgorithmParameterException;
import java.security.InvalidKeyException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The bureau's PDF key on a real PKCS#11 token (SoftHSM 2, see {@link SoftHsm} for how its configuration reaches
 * it), read through SunPKCS11 as configured in {@code oneseal.seals}: a notice signed with it is valid for poppler's
 * pdfsig while the key never leaves the token; the SM2 key, which SunPKCS11 cannot hold or use, comes from a PKCS#12
 * file of its own and seals an OFD licence that ofdrw's validator accepts.
 */
@Tag("verifier")
@ExtendWith(OutputCaptureExtension.class)
class Pkcs11SealKeysTest {

  static final String BUREAU = "某市行政审批服务局";
  static final String PIN = "24681357";
  static final String SM2_PASSWORD = "Sm2-城-2026!";
  static final Map<String, String> ENVIRONMENT = Map.of("ONESEAL_SEAL_CITY_PIN", PIN,
      "ONESEAL_SEAL_CITY_SM2_PASSWORD", SM2_PASSWORD);

  @TempDir static Path folder;
  static Path cityDevice;
  static Path lockedDevice;
  static Path sm2Keystore;
  static DemoAuthority.Issued ca;
  static DemoAuthority.Issued pdf;
  static DemoAuthority.Issued sm2Ca;
  static DemoAuthority.Issued sm2;

  @BeforeAll
  static void theBureausDevice() throws Exception {
    SoftHsm.require();
    Pdfsig.require();
    Certificates.bouncyCastle();
    SoftHsm hsm = SoftHsm.start(Files.createDirectories(folder.resolve("tokens")));
    cityDevice = SoftHsm.sunPkcs11Config(folder, "OneSealCity", hsm.initToken("OneSeal city", PIN));
    // a token no test ever logs in to with its PIN (a PKCS#11 login holds for the whole process)
    lockedDevice = SoftHsm.sunPkcs11Config(folder, "OneSealLocked", hsm.initToken("OneSeal locked", PIN));
    ca = DemoAuthority.rootCa(BUREAU, false);
    pdf = DemoAuthority.seal(ca, BUREAU, false);
    sm2Ca = DemoAuthority.rootCa(BUREAU, true);
    sm2 = DemoAuthority.seal(sm2Ca, BUREAU, true);
    // the PDF key and its chain go into the token through SunPKCS11's keystore, as keytool -importkeystore
    // -storetype PKCS11 -providerArg <config> does it for an operator
    KeyStore token = KeyStore.getInstance("PKCS11", device(cityDevice));
    token.load(null, PIN.toCharArray());
    token.setKeyEntry("city-pdf", pdf.key(), null, new Certificate[] {pdf.certificate(), ca.certificate()});
    KeyStore sm2Store = KeyStore.getInstance("PKCS12", Certificates.bouncyCastle());
    sm2Store.load(null, null);
    sm2Store.setKeyEntry("city-sm2", sm2.key(), SM2_PASSWORD.toCharArray(),
        new X509Certificate[] {sm2.certificate(), sm2Ca.certificate()});
    sm2Keystore = folder.resolve("city-sm2.p12");
    try (OutputStream out = Files.newOutputStream(sm2Keystore)) {
      sm2Store.store(out, SM2_PASSWORD.toCharArray());
    }
  }

  static Provider device(Path config) {
    return Security.getProvider("SunPKCS11").configure(config.toString());
  }

  static SealProperties.BureauKeys onTheDevice(Path config, SealProperties.Pkcs12 sm2Pkcs12) {
    return new SealProperties.BureauKeys(null, new SealProperties.Pkcs11(config.toString(), "ONESEAL_SEAL_CITY_PIN"),
        sm2Pkcs12, "city-pdf", "city-sm2", null);
  }

  static SealProperties.Pkcs12 sm2File() {
    return new SealProperties.Pkcs12(sm2Keystore.toString(), "ONESEAL_SEAL_CITY_SM2_PASSWORD");
  }

  static SealKeys load(SealProperties.BureauKeys keys, Map<String, String> environment) {
    return new SealKeys(ConfiguredSealKeysTest.CITY_ONLY, ConfiguredSealKeysTest.production(Map.of("city", keys)),
        folder, environment::get);
  }

  @Test
  void aNoticeSignedWithTheKeyOnTheDeviceIsValidForPdfsig() throws Exception {
    load(onTheDevice(cityDevice, sm2File()), ENVIRONMENT);
    // read again in the same JVM (a second application context): the device opened first is used again, since a
    // key found through one SunPKCS11 provider signs only through that provider
    BureauSeal seal = load(onTheDevice(cityDevice, sm2File()), ENVIRONMENT).current("city");
    assertThat(seal.pdfChain()).containsExactly(pdf.certificate(), ca.certificate());
    assertThat(seal.pdfKey().getEncoded()).as("the private key stays in the token").isNull();
    assertThat(seal.pdfKey().getClass().getName()).startsWith("sun.security.pkcs11.");

    PdfWriter.Written notice = PadesSignerTest.notice();
    byte[] signed = new PadesSigner().sign(notice.pdf(), seal, notice.seal(), "受理通知书", PadesSignerTest.SIGNED_AT);

    Path dir = Files.createDirectories(folder.resolve("pdfsig"));
    String report = Pdfsig.trusting(dir, Certificates.pem(ca.certificate()))
        .verify(Files.write(dir.resolve("signed.pdf"), signed));
    assertThat(report).contains("Signature is Valid.", "Certificate is Trusted.",
        "Signer Certificate Common Name: " + BUREAU + "行政审批专用章");
  }

  @Test
  void theSm2KeyFromItsOwnPkcs12FileSealsAnOfdLicenceOfdrwAccepts() throws Exception {
    BureauSeal seal = load(onTheDevice(cityDevice, sm2File()), ENVIRONMENT).current("city");
    assertThat(seal.sm2Chain()).containsExactly(sm2.certificate(), sm2Ca.certificate());
    assertThat(seal.sm2Key().getEncoded()).isEqualTo(sm2.key().getEncoded());

    byte[] sealed = new OfdSealer().seal(new OfdLicence().render(OfdLicenceTest.LICENCE), seal);

    OfdLicenceTest.validate(sealed);
    assertThat(String.join("", OfdLicenceTest.text(sealed))).contains("JY13701020012345");
  }

  @Test
  void aDeviceWithoutAnSm2Pkcs12FileIsRefusedNamingTheProperties() {
    assertThatThrownBy(() -> load(onTheDevice(cityDevice, null), ENVIRONMENT))
        .isInstanceOf(SealConfigurationException.class)
        .hasMessageContaining("PKCS#11 设备只能存放 PDF 签名密钥（SunPKCS11 不支持 SM2）")
        .hasMessageContaining("oneseal.seals.bureaus.city.sm2-pkcs12.path")
        .hasMessageContaining("oneseal.seals.bureaus.city.sm2-pkcs12.password-env");
  }

  @Test
  void aWrongPinStopsStartUpNamingTheVariable() {
    assertThatThrownBy(() -> load(onTheDevice(lockedDevice, sm2File()), Map.of("ONESEAL_SEAL_CITY_PIN", "0000",
        "ONESEAL_SEAL_CITY_SM2_PASSWORD", SM2_PASSWORD)))
        .isInstanceOf(SealConfigurationException.class)
        .hasMessageContaining("某市行政审批服务局（city）的印章无法读取")
        .hasMessageContaining("拒绝登录：请检查环境变量 ONESEAL_SEAL_CITY_PIN 中的 PIN")
        .hasMessageContaining("oneseal.seals.bureaus.city.pkcs11.pin-env")
        .hasMessageContaining("CKR_PIN_INCORRECT");
    assertThatThrownBy(() -> load(onTheDevice(cityDevice, sm2File()), Map.of("ONESEAL_SEAL_CITY_PIN", PIN,
        "ONESEAL_SEAL_CITY_SM2_PASSWORD", "wrong")))
        .hasMessageContaining("无法用环境变量 ONESEAL_SEAL_CITY_SM2_PASSWORD 中的密码打开")
        .hasMessageContaining("oneseal.seals.bureaus.city.sm2-pkcs12.password-env");
  }

  @Test
  void theApplicationWithAWrongPinSaysSoInChineseWithoutAStackTrace(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(OneSealApplication.class)
        .profiles("test")
        .properties("camunda.bpm.webapp.enabled=false")
        .run("--server.port=0", "--camunda.bpm.process-engine-name=pkcs11", "--oneseal.seals.demo=false",
            "--oneseal.seals.bureaus.city.pkcs11.config=" + lockedDevice,
            "--oneseal.seals.bureaus.city.pkcs11.pin-env=ONESEAL_TEST_SEAL_PIN",
            "--oneseal.seals.bureaus.city.sm2-pkcs12.path=" + sm2Keystore,
            "--oneseal.seals.bureaus.city.sm2-pkcs12.password-env=ONESEAL_TEST_SM2_PASSWORD",
            "--oneseal.seals.bureaus.city.pdf-alias=city-pdf", "--oneseal.seals.bureaus.city.sm2-alias=city-sm2",
            // the application looks the variables up in its environment, of which command-line arguments are part
            "--ONESEAL_TEST_SEAL_PIN=0000", "--ONESEAL_TEST_SM2_PASSWORD=" + SM2_PASSWORD).close());

    Throwable cause = failure;
    while (cause != null && !(cause instanceof SealConfigurationException)) {
      cause = cause.getCause();
    }
    assertThat(cause).as("the seal's failure, which SealFailureAnalyzer reports").isNotNull();
    assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
        "某市行政审批服务局（city）的印章无法读取", "拒绝登录：请检查环境变量 ONESEAL_TEST_SEAL_PIN 中的 PIN")
        .doesNotContain("\tat sun.security.pkcs11", "\tat cn.gov.oneseal");
  }

  /** Why the SM2 key cannot be on the device: SunPKCS11 neither stores, makes nor signs with SM2 keys. */
  @Test
  void sunPkcs11CannotHoldOrUseAnSm2Key() throws Exception {
    Provider device = device(cityDevice);
    KeyStore token = KeyStore.getInstance("PKCS11", device);
    token.load(null, PIN.toCharArray());
    assertThat(device.getService("Signature", "SM3withSM2")).isNull();
    assertThatThrownBy(() -> token.setKeyEntry("city-sm2", sm2.key(), null,
        new Certificate[] {sm2.certificate(), sm2Ca.certificate()})).hasMessageContaining("Not a known named curve");
    assertThatThrownBy(() -> KeyPairGenerator.getInstance("EC", device)
        .initialize(new ECGenParameterSpec(DemoAuthority.SM2_CURVE)))
        .isInstanceOf(InvalidAlgorithmParameterException.class);
    // and Bouncy Castle, which signs SM3withSM2, needs the key's value, which an EC key on the device does not give
    // (the same signature with an EC key in memory it makes)
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC", device);
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    PrivateKey onTheDevice = ec.generateKeyPair().getPrivate();
    assertThat(onTheDevice.getEncoded()).isNull();
    Signature bouncyCastle = Signature.getInstance(DemoAuthority.SM2_SIGNATURE, Certificates.bouncyCastle());
    assertThatThrownBy(() -> bouncyCastle.initSign(onTheDevice)).isInstanceOf(InvalidKeyException.class);
    KeyPairGenerator inMemory = KeyPairGenerator.getInstance("EC", Certificates.bouncyCastle());
    inMemory.initialize(new ECGenParameterSpec("secp256r1"));
    bouncyCastle.initSign(inMemory.generateKeyPair().getPrivate());
  }
}
