package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo seals: created on first start in the data folder, the same after a restart, issued by the demo CA (RSA for
 * PDF, SM2 for OFD), marked 演示, and revoked by a line in revoked.txt.
 */
class DemoSealKeysTest {

  static final Bureaus BUREAUS = new Bureaus(List.of(new Bureau("city", "某市行政审批服务局", "320500", true),
      new Bureau("countyA", "某市甲县行政审批局", "320581", false)));

  @TempDir static Path dataDir;
  static SealKeys first;

  static SealProperties demo() {
    return new SealProperties(true, null, Map.of(), List.of(), List.of(), null);
  }

  @BeforeAll
  static void firstStart() {
    first = new SealKeys(BUREAUS, demo(), dataDir, name -> null);
  }

  @Test
  void aRestartUsesTheSameKeysAndCertificates() throws Exception {
    SealKeys restarted = new SealKeys(BUREAUS, demo(), dataDir, name -> null);
    for (String bureau : List.of("city", "countyA")) {
      assertThat(restarted.current(bureau).pdfChain()).isEqualTo(first.current(bureau).pdfChain());
      assertThat(restarted.current(bureau).sm2Chain()).isEqualTo(first.current(bureau).sm2Chain());
      assertThat(restarted.current(bureau).pdfKey().getEncoded()).isEqualTo(first.current(bureau).pdfKey().getEncoded());
      assertThat(restarted.current(bureau).sm2Key().getEncoded()).isEqualTo(first.current(bureau).sm2Key().getEncoded());
    }
    Path seals = dataDir.resolve("seals");
    assertThat(seals.resolve("demo-ca.p12")).exists();
    assertThat(seals.resolve("city.p12")).exists();
    assertThat(seals.resolve("demo-ca.pem")).content().contains("BEGIN CERTIFICATE");
    // the keystores' password is readable by its owner only
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(seals.resolve("demo-password"))))
        .isEqualTo("rw-------");
  }

  @Test
  void thePdfSealCertificateIsTheBureausIssuedByTheDemoCaAndMarked演示() throws Exception {
    BureauSeal seal = first.current("countyA");
    assertThat(seal.demo()).isTrue();
    assertThat(seal.bureauName()).isEqualTo("某市甲县行政审批局");
    X509Certificate certificate = seal.pdfCertificate();
    X509Certificate ca = seal.pdfChain().get(seal.pdfChain().size() - 1);
    certificate.verify(ca.getPublicKey());
    ca.verify(ca.getPublicKey());
    assertThat(certificate.getSubjectX500Principal().getName())
        .contains("CN=某市甲县行政审批局行政审批专用章（演示）").contains("O=某市甲县行政审批局");
    assertThat(ca.getSubjectX500Principal().getName()).contains("CN=某市行政审批服务局电子印章演示CA（演示）");
    assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("RSA");
    assertThat(((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength())
        .isEqualTo(2048);
    assertThat(((java.security.interfaces.RSAPublicKey) ca.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
    assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SHA256withRSA");
    // digitalSignature and nonRepudiation only; the CA signs certificates
    assertThat(certificate.getKeyUsage()).startsWith(true, true, false, false, false, false);
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    assertThat(certificate.getNotAfter().getTime() - certificate.getNotBefore().getTime())
        .isBetween(3 * 365L * 86_400_000, 3 * 366L * 86_400_000 + 86_400_000);
    // the key signs what the certificate verifies
    assertThat(verifies("SHA256withRSA", seal.pdfKey(), certificate)).isTrue();
    // every bureau's seal has its own key, all under the one CA
    assertThat(first.current("city").pdfCertificate().getPublicKey()).isNotEqualTo(certificate.getPublicKey());
    assertThat(first.authorities()).contains(ca);
    assertThat(first.knownCertificates()).contains(certificate, first.current("city").pdfCertificate());
  }

  @Test
  void theSm2SealCertificateHasAnSm2KeyAndIsIssuedByTheSm2DemoCa() throws Exception {
    BureauSeal seal = first.current("city");
    X509Certificate certificate = seal.sm2Certificate();
    X509Certificate ca = seal.sm2Chain().get(seal.sm2Chain().size() - 1);
    assertThat(certificate.getPublicKey()).isInstanceOf(ECPublicKey.class);
    assertThat(ConfiguredKeys.signatureAlgorithm(certificate)).isEqualTo("SM3withSM2");
    assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SM3withSM2");
    certificate.verify(ca.getPublicKey(), "BC");
    // the RSA CA did not issue it
    assertThatThrownBy(() -> certificate.verify(seal.pdfChain().get(1).getPublicKey(), "BC"))
        .isInstanceOf(Exception.class);
    assertThat(ca.getSubjectX500Principal().getName()).contains("演示");
    assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=某市行政审批服务局行政审批专用章（演示）");
    assertThat(verifies("SM3withSM2", seal.sm2Key(), certificate)).isTrue();
    assertThat(first.authorities()).contains(ca);
    assertThat(first.knownCertificates()).contains(certificate);
  }

  @Test
  void theSealsImageIsTheBureausDemoSeal() {
    assertThat(first.current("city").image()).isEqualTo(SealImage.png("某市行政审批服务局", true));
    assertThatThrownBy(() -> first.current("nowhere")).hasMessageContaining("nowhere");
  }

  @Test
  void aSerialInRevokedTxtRevokesTheCertificateAndARestartRenewsIt(@TempDir Path otherDataDir) throws Exception {
    SealKeys seals = new SealKeys(BUREAUS, demo(), otherDataDir, name -> null);
    X509Certificate certificate = seals.current("countyA").pdfCertificate();
    X509Certificate other = seals.current("city").pdfCertificate();
    assertThat(seals.revoked(certificate)).isFalse();
    Files.writeString(otherDataDir.resolve("seals/revoked.txt"),
        "# 甲县印章密钥泄露\n" + certificate.getSerialNumber().toString(16).toUpperCase() + "\n",
        StandardCharsets.UTF_8);
    assertThat(seals.revoked(certificate)).isTrue();
    assertThat(seals.revoked(other)).isFalse();
    // after a restart the bureau has a new certificate; the revoked one stays known (and revoked)
    SealKeys restarted = new SealKeys(BUREAUS, demo(), otherDataDir, name -> null);
    X509Certificate renewed = restarted.current("countyA").pdfCertificate();
    assertThat(renewed).isNotEqualTo(certificate);
    assertThat(restarted.revoked(renewed)).isFalse();
    assertThat(restarted.revoked(certificate)).isTrue();
    assertThat(restarted.knownCertificates()).contains(certificate, renewed);
    assertThat(restarted.current("city").pdfCertificate()).isEqualTo(other);
  }

  @Test
  void aRenamedBureauGetsACertificateInItsNewNameAndTheOldOneStaysKnown(@TempDir Path otherDataDir) {
    X509Certificate old = new SealKeys(BUREAUS, demo(), otherDataDir, name -> null).current("countyA")
        .pdfCertificate();
    Bureaus renamed = new Bureaus(List.of(new Bureau("city", "某市行政审批服务局", "320500", true),
        new Bureau("countyA", "某市甲区行政审批局", "320581", false)));
    SealKeys seals = new SealKeys(renamed, demo(), otherDataDir, name -> null);
    assertThat(seals.current("countyA").pdfCertificate().getSubjectX500Principal().getName())
        .contains("CN=某市甲区行政审批局行政审批专用章（演示）");
    assertThat(seals.current("countyA").sm2Certificate().getSubjectX500Principal().getName())
        .contains("O=某市甲区行政审批局");
    assertThat(seals.knownCertificates()).contains(old);
    assertThat(seals.current("countyA").image()).isEqualTo(SealImage.png("某市甲区行政审批局", true));
  }

  @Test
  void aReplacedPasswordFileIsNamedInTheError(@TempDir Path otherDataDir) throws Exception {
    new SealKeys(BUREAUS, demo(), otherDataDir, name -> null);
    Files.writeString(otherDataDir.resolve("seals/demo-password"), "another");
    assertThatThrownBy(() -> new SealKeys(BUREAUS, demo(), otherDataDir, name -> null))
        .isInstanceOf(SealConfigurationException.class).hasMessageContaining("demo-password");
  }

  @Test
  void aFolderThatCannotBeWrittenLeavesTheDemoSealsInMemory(@TempDir Path parent) throws Exception {
    Path notAFolder = Files.writeString(parent.resolve("file"), "x");
    SealKeys seals = new SealKeys(BUREAUS, new SealProperties(true, notAFolder.resolve("seals").toString(), Map.of(),
        List.of(), List.of(), null), parent, name -> null);
    assertThat(verifies("SHA256withRSA", seals.current("city").pdfKey(), seals.current("city").pdfCertificate()))
        .isTrue();
  }

  static boolean verifies(String algorithm, java.security.PrivateKey key, X509Certificate certificate)
      throws Exception {
    byte[] data = "准予行政许可决定书".getBytes(StandardCharsets.UTF_8);
    Signature signer = Signature.getInstance(algorithm, "BC");
    signer.initSign(key);
    signer.update(data);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm, "BC");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(data);
    return verifier.verify(signature);
  }
}
