package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import cn.gov.oneseal.support.Zips;
import org.bouncycastle.asn1.ASN1OctetString;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;
import org.ofdrw.sign.verify.exceptions.DocNotSignException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The electronic licence as OFD, sealed to GB/T 38540 with a throwaway SM2 CA and seal certificate, checked with
 * ofdrw's own reader and validator (code the project did not write) and with Bouncy Castle for the certificates.
 */
class OfdLicenceTest {

  static final String BUREAU = "示例市行政审批服务局";
  static final LicenceDocument LICENCE = new LicenceDocument("JY13701020012345", "食品经营许可证",
      "示例市老街面馆有限公司", "91370102MA3C8XYZ1K",
      List.of("经营项目：热食类食品制售；冷食类食品制售（不含生食）", "经营场所：示例市历下区泉城路 188 号一层",
          "主体业态：餐饮服务经营者（小型餐馆）"),
      "2026年12月06日", "2031年12月05日", BUREAU, "2026年12月06日", "7Q4M9KD2",
      "https://zwfw.example.gov.cn/verify?no=JY13701020012345&code=7Q4M9KD2");

  static TestSm2Seal keys;
  static BureauSeal seal;
  static final OfdLicence licences = new OfdLicence();
  static final OfdSealer sealer = new OfdSealer();

  @BeforeAll
  static void keys() throws Exception {
    keys = new TestSm2Seal(BUREAU);
    seal = keys.bureauSeal("city", BUREAU);
  }

  @Test
  void theLicenceReadsBackWithItsNumberHolderAndScope() throws Exception {
    byte[] ofd = licences.render(LICENCE);

    List<String> text = text(ofd);
    String all = String.join("", text);
    assertThat(all).contains("行政许可证", "食品经营许可证", "JY13701020012345", "示例市老街面馆有限公司",
        "91370102MA3C8XYZ1K", "热食类食品制售", "主体业态", "2031年12月05日", BUREAU, "7Q4M9KD2");
    Map<String, byte[]> files = unzip(ofd);
    byte[] qr = files.entrySet().stream().filter(e -> e.getKey().endsWith(".png")).findFirst().orElseThrow()
        .getValue();
    assertThat(QrCodeTest.decode(qr)).as("the QR code on the licence").isEqualTo(LICENCE.verificationUrl());
    byte[] font = files.entrySet().stream().filter(e -> e.getKey().endsWith(".ttf")).findFirst().orElseThrow()
        .getValue();
    assertThat(font.length).as("the embedded font is the subset of the licence's characters and the tables horizontal"
        + " text needs (the whole font's vertical metrics and layout tables were about 190 KB)").isLessThan(30_000);
  }

  @Test
  void theStampCoversTheBureausNameAndDateAndTheTextStaysOnTheA4Page() throws Exception {
    byte[] sealed = sealer.seal(licences.render(LICENCE), seal);

    String signature = new String(unzip(sealed).entrySet().stream()
        .filter(e -> e.getKey().endsWith("Signature.xml")).findFirst().orElseThrow().getValue(), StandardCharsets.UTF_8);
    java.util.regex.Matcher stampBox = java.util.regex.Pattern.compile("StampAnnot[^>]*Boundary=\"([^\"]+)\"")
        .matcher(signature);
    assertThat(stampBox.find()).as("a stamp annotation on the page").isTrue();
    ST_Box stamp = ST_Box.getInstance(stampBox.group(1));
    try (OFDReader reader = new OFDReader(new ByteArrayInputStream(sealed))) {
      assertThat(reader.getNumberOfPages()).isEqualTo(1);
      List<TextObject> texts = new ContentExtractor(reader).getPageTextObject(1);
      for (String under : List.of(BUREAU, "2026年12月06日")) {
        ST_Box box = texts.stream().filter(t -> t.getTextCodes().stream().map(c -> c.getContent())
            .reduce("", String::concat).contains(under)).reduce((first, second) -> second).orElseThrow()
            .getBoundary();
        double centreY = box.getTopLeftY() + box.getHeight() / 2;
        assertThat(centreY).as(under + " under the seal").isBetween(stamp.getTopLeftY(),
            stamp.getTopLeftY() + stamp.getHeight());
      }
      for (TextObject text : texts) {
        ST_Box box = text.getBoundary();
        assertThat(box.getTopLeftX() + box.getWidth()).as("inside the A4 page").isLessThanOrEqualTo(210);
        assertThat(box.getTopLeftY() + box.getHeight()).as("inside the A4 page").isLessThanOrEqualTo(297);
      }
    }
  }

  @Test
  void aLicenceWithoutHolderIsRefusedInChinese() {
    assertThatThrownBy(() -> new LicenceDocument("JY1", "食品经营许可证", " ", "91", List.of(), "a", "b", BUREAU, "c",
        "d", "https://x")).isInstanceOf(IllegalArgumentException.class).hasMessage("电子证照缺少持证人");
  }

  @Test
  void theSealedLicenceIsValidForOfdrwsValidator() throws Exception {
    byte[] sealed = sealer.seal(licences.render(LICENCE), seal);

    validate(sealed);
    assertThat(String.join("", text(sealed))).contains("JY13701020012345");
  }

  @Test
  void anUnsealedLicenceIsNotValid() {
    byte[] unsealed = licences.render(LICENCE);

    assertThatThrownBy(() -> validate(unsealed)).isInstanceOf(DocNotSignException.class);
  }

  @Test
  void oneChangedCharacterInThePageMakesTheSealInvalid() throws Exception {
    byte[] sealed = sealer.seal(licences.render(LICENCE), seal);
    Map<String, byte[]> files = unzip(sealed);
    String page = files.keySet().stream().filter(name -> name.endsWith("Page_0/Content.xml")).findFirst()
        .orElseThrow();
    String content = new String(files.get(page), StandardCharsets.UTF_8);
    assertThat(content).contains("JY13701020012345");
    files.put(page, content.replace("JY13701020012345", "JY13701020012346").getBytes(StandardCharsets.UTF_8));
    byte[] altered = zip(files);
    assertThat(String.join("", text(altered))).contains("JY13701020012346");

    assertThatThrownBy(() -> validate(altered)).hasMessageContaining("Content.xml");
  }

  @Test
  void aChangedSealImageMakesTheSealInvalid() throws Exception {
    byte[] sealed = sealer.seal(licences.render(LICENCE), seal);
    Map<String, byte[]> files = unzip(sealed);
    String signedValue = files.keySet().stream().filter(name -> name.endsWith("SignedValue.dat")).findFirst()
        .orElseThrow();
    byte[] value = files.get(signedValue).clone();
    value[value.length - 10] ^= 0x01;
    files.put(signedValue, value);

    assertThatThrownBy(() -> validate(zip(files))).isNotNull();
  }

  @Test
  void theSealIsSignedWithTheGivenCertificateWhichChainsToTheCa() throws Exception {
    byte[] sealed = sealer.seal(licences.render(LICENCE), seal);
    byte[] signedValue = unzip(sealed).entrySet().stream().filter(e -> e.getKey().endsWith("SignedValue.dat"))
        .findFirst().orElseThrow().getValue();

    SES_Signature signature = SES_Signature.getInstance(signedValue);
    X509Certificate signer = certificate(signature.getCert());
    assertThat(signer).isEqualTo(keys.certificate);
    SESeal electronicSeal = signature.getToSign().getEseal();
    assertThat(certificate(electronicSeal.getCert())).isEqualTo(keys.certificate);
    assertThat(electronicSeal.geteSealInfo().getProperty().getName().getString())
        .isEqualTo(BUREAU + "行政审批专用章（演示）");
    assertThat(electronicSeal.geteSealInfo().getPicture().getData().getOctets()).isEqualTo(seal.image());
    Signature makers = Signature.getInstance("SM3withSM2", TestSm2Seal.BC);
    makers.initVerify(keys.certificate.getPublicKey());
    makers.update(electronicSeal.geteSealInfo().getEncoded("DER"));
    assertThat(makers.verify(electronicSeal.getSignedValue().getBytes())).as("the seal maker's signature").isTrue();

    assertThat(signer.getIssuerX500Principal()).isEqualTo(keys.ca.getSubjectX500Principal());
    signer.verify(keys.ca.getPublicKey(), TestSm2Seal.BC);
    assertThatThrownBy(() -> signer.verify(new TestSm2Seal("别的机关").ca.getPublicKey(), TestSm2Seal.BC))
        .isInstanceOf(java.security.SignatureException.class);
  }

  static void validate(byte[] ofd) throws Exception {
    try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
        OFDValidator validator = new OFDValidator(reader)) {
      validator.setValidator(new SESV4ValidateContainer());
      validator.exeValidate();
    }
  }

  static List<String> text(byte[] ofd) throws IOException {
    try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd))) {
      return new ArrayList<>(new ContentExtractor(reader).extractAll());
    }
  }

  private static X509Certificate certificate(ASN1OctetString der) throws Exception {
    return (X509Certificate) CertificateFactory.getInstance("X.509", TestSm2Seal.BC)
        .generateCertificate(new ByteArrayInputStream(der.getOctets()));
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    return Zips.unzip(zip);
  }

  static byte[] zip(Map<String, byte[]> files) throws IOException {
    return Zips.zip(files);
  }
}
