package cn.gov.oneseal.verification;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.IssuedDocument;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeStore;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Zips;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import cn.gov.oneseal.seal.Seals;
import cn.gov.oneseal.api.ClientRateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Anyone verifies an issued document, without a login: by the document number and code printed on it, or by
 * uploading the file — intact, altered, truncated, foreign, not a PDF — with the seal's certificate, and for a licence
 * its current state; a client is limited to 30 requests a minute; the page {@code /verify} is open.
 */
class DocumentVerificationTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired NoticeStore notices;
  @Autowired LicenceRegister licences;
  @Autowired @Qualifier("verificationRateLimit") ClientRateLimit limit;
  @Autowired Seals seals;
  @Value("${oneseal.seals.demo-directory}") String sealsFolder;
  @Autowired ObjectMapper json;

  @BeforeEach
  @AfterEach
  void forgetTheClients() {
    limit.clear();
  }

  IssuedDocument issued(String caseNumber, NoticeKind kind) {
    return notices.ofCaseAndKind(caseNumber, kind).get(0);
  }

  byte[] content(IssuedDocument document) {
    return notices.content(document.id()).orElseThrow();
  }

  static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  ResponseEntity<String> get(String url) {
    return rest.getForEntity(url, String.class);
  }

  ResponseEntity<String> upload(byte[] content, String fileName) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/api/v1/verification", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  JsonNode body(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody());
  }

  /**
   * The operator lists the certificate in the demo seals' revocation file (read again when it changes): the upload's
   * seal is then reported revoked; the file is restored afterwards.
   */
  void assertRevokedWhileListed(X509Certificate certificate, byte[] upload, String fileName) throws Exception {
    Path revocations = Path.of(sealsFolder, "revoked.txt");
    String before = Files.exists(revocations) ? Files.readString(revocations) : null;
    Files.writeString(revocations, (before == null ? "" : before) + "\n" + certificate.getSerialNumber().toString(16)
        + "\n");
    try {
      JsonNode revoked = body(upload(upload, fileName)).at("/seals/0");
      assertThat(revoked.get("revoked").asBoolean()).isTrue();
      assertThat(revoked.get("state").asText()).isEqualTo("印章证书已被吊销");
    } finally {
      if (before == null) {
        Files.delete(revocations);
      } else {
        Files.writeString(revocations, before);
      }
    }
  }

  @Test
  void everyNoticePrintsItsNumberCodeAndAddressAndAnyoneVerifiesItByThem() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    IssuedDocument receipt = issued(caseNumber, NoticeKind.RECEIPT);
    assertThat(receipt.documentNumber()).isEqualTo(caseNumber + "-01");
    assertThat(receipt.verificationCode()).matches("[2-9A-HJ-NP-Z]{8}");
    assertThat(text(content(receipt)).replaceAll("\\s+", "")).contains(
        "文件编号：" + receipt.documentNumber() + "　验证码：" + receipt.verificationCode(),
        "查验：http://localhost:8080/verify?n=" + receipt.documentNumber() + "&c=" + receipt.verificationCode());
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    assertThat(issued(caseNumber, NoticeKind.ACCEPTANCE).documentNumber()).isEqualTo(caseNumber + "-02");

    ResponseEntity<String> found = get("/api/v1/verification/" + receipt.documentNumber() + "?code="
        + receipt.verificationCode().toLowerCase());
    assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode answer = body(found);
    assertThat(answer.get("result").asText()).isEqualTo("ISSUED");
    assertThat(answer.get("verdict").asText()).isEqualTo("有效");
    assertThat(answer.at("/document/bureau").asText()).isEqualTo("某市行政审批服务局");
    assertThat(answer.at("/document/kindName").asText()).isEqualTo("收件凭证");
    assertThat(answer.at("/document/caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(answer.at("/document/issuedOnText").asText()).isEqualTo("2026年3月2日");
    assertThat(answer.at("/document/sha256").asText()).isEqualTo(Sha256.hex(content(receipt)));
    // sealed at issue with the city bureau's (demo) seal
    assertThat(answer.get("sealText").asText()).isEqualTo("电子签章有效");
    assertThat(answer.at("/seals/0/subject").asText()).contains("某市行政审批服务局");
    assertThat(answer.at("/seals/0/trusted").asBoolean()).isTrue();
    assertThat(found.getBody()).as("no personal data beyond the document's").doesNotContain("0512-66881234",
        "人民路", "91350100M000100Y43", "林晓", receipt.verificationCode());

    String otherCode = receipt.verificationCode().charAt(0) == 'A' ? "B" + receipt.verificationCode().substring(1)
        : "A" + receipt.verificationCode().substring(1);
    ResponseEntity<String> wrongCode = get("/api/v1/verification/" + receipt.documentNumber() + "?code=" + otherCode);
    ResponseEntity<String> unknownNumber = get("/api/v1/verification/" + caseNumber + "-99?code="
        + receipt.verificationCode());
    ResponseEntity<String> noCode = get("/api/v1/verification/" + receipt.documentNumber());
    for (ResponseEntity<String> refused : List.of(wrongCode, unknownNumber, noCode)) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(refused.getBody()).as("one answer, no hint which was wrong").isEqualTo(wrongCode.getBody())
          .contains("查无此文件");
    }
  }

  @Test
  void anUploadIsIntactAlteredOrUnknownAndNeverAServerError() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    IssuedDocument receipt = issued(caseNumber, NoticeKind.RECEIPT);
    byte[] stored = content(receipt);

    JsonNode intact = body(upload(stored, "随便什么名字.pdf"));
    assertThat(intact.get("result").asText()).isEqualTo("INTACT");
    assertThat(intact.get("resultText").asText()).isEqualTo("与签发文件一致");
    assertThat(intact.at("/document/documentNumber").asText()).isEqualTo(receipt.documentNumber());

    byte[] oneByte = stored.clone();
    oneByte[stored.length / 2] ^= 0x01;
    ResponseEntity<String> altered = upload(oneByte, receipt.fileName());
    assertThat(altered.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(altered).get("result").asText()).isEqualTo("ALTERED");
    assertThat(body(altered).get("verdict").asText()).isEqualTo("已被篡改");
    assertThat(body(altered).at("/document/documentNumber").asText()).isEqualTo(receipt.documentNumber());
    assertThat(body(altered).at("/document/caseNumber").isMissingNode()).as("a forgery learns nothing more").isTrue();

    // re-saved by another program under another name: the number printed on it names the document
    byte[] resaved;
    try (var document = Loader.loadPDF(stored); var out = new ByteArrayOutputStream()) {
      document.getDocumentInformation().setTitle("准予行政许可决定书");
      document.save(out);
      resaved = out.toByteArray();
    }
    assertThat(body(upload(resaved, "x.pdf")).get("result").asText()).isEqualTo("ALTERED");

    for (String name : List.of(receipt.fileName(), "x.pdf")) {
      ResponseEntity<String> truncated = upload(Arrays.copyOf(stored, stored.length / 3), name);
      assertThat(truncated.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(body(truncated).get("result").asText()).isIn("ALTERED", "UNKNOWN");
    }

    // an OFD (a zip of XML) that prints the number but is not the issued file; a broken one
    byte[] ofd = ofd("<ofd:TextObject><ofd:TextCode>文件编号：</ofd:TextCode><ofd:TextCode>" + receipt.documentNumber()
        + "</ofd:TextCode></ofd:TextObject>");
    assertThat(body(upload(ofd, "licence.ofd")).get("result").asText()).isEqualTo("ALTERED");
    JsonNode brokenOfd = body(upload(Arrays.copyOf(ofd, 30), "licence.ofd"));
    assertThat(brokenOfd.get("result").asText()).isEqualTo("UNKNOWN");
    assertThat(brokenOfd.get("sealText").asText()).isEqualTo("OFD 文件已损坏或不是有效的 OFD 文件，未能核验电子签章");

    JsonNode foreign = body(upload(SignedPdfs.plain("Not from the bureau"), "x.pdf"));
    assertThat(foreign.get("result").asText()).isEqualTo("UNKNOWN");
    assertThat(foreign.get("verdict").asText()).isEqualTo("未知");
    assertThat(foreign.get("resultText").asText()).isEqualTo("不是本系统签发的文件");

    ResponseEntity<String> notPdf = upload("文件编号：伪造".getBytes(StandardCharsets.UTF_8), "x.pdf");
    assertThat(notPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notPdf.getBody()).contains("只能查验 PDF 或 OFD 文件");
    ResponseEntity<String> empty = upload(new byte[0], "x.pdf");
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody()).contains("上传的文件是空的");
    byte[] huge = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), DocumentVerification.MAX_BYTES + 1);
    ResponseEntity<String> tooLarge = upload(huge, "x.pdf");
    assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(tooLarge.getBody()).contains("不得超过 10 MB");
    // a PDF header and noise
    byte[] garbage = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 5000);
    for (int i = 9; i < garbage.length; i++) {
      garbage[i] = (byte) (i * 31);
    }
    assertThat(upload(garbage, "x.pdf").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  static byte[] ofd(String content) throws Exception {
    var out = new ByteArrayOutputStream();
    try (var zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("OFD.xml"));
      zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("Doc_0/Pages/Page_0/Content.xml"));
      zip.write(("<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\">" + content + "</ofd:Page>")
          .getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void anOfdLicencesSealIsValidatedAndOneChangedCharacterMakesItInvalid() throws Exception {
    Set<String> tempBefore = ofdTempFolders();
    String caseNumber = officers.grantedFood();
    IssuedDocument licence = issued(caseNumber, NoticeKind.LICENCE_OFD);
    byte[] ofd = content(licence);
    X509Certificate sealCertificate = seals.current(caseFiles.get(caseNumber).bureauId()).sm2Certificate();

    JsonNode intact = body(upload(ofd, "licence.ofd"));
    assertThat(intact.get("result").asText()).isEqualTo("INTACT");
    assertThat(intact.get("seals")).hasSize(1);
    JsonNode seal = intact.at("/seals/0");
    assertThat(seal.get("state").asText()).isEqualTo("有效");
    assertThat(seal.get("subject").asText()).isEqualTo(sealCertificate.getSubjectX500Principal().getName())
        .contains("某市行政审批服务局");
    assertThat(seal.get("serialNumber").asText()).isEqualTo(sealCertificate.getSerialNumber().toString(16));
    assertThat(seal.get("trusted").asBoolean()).isTrue();
    assertThat(seal.get("signatureIntact").asBoolean()).isTrue();
    assertThat(seal.get("coversWholeFile").asBoolean()).isTrue();
    assertThat(seal.get("revoked").asBoolean()).isFalse();
    assertThat(seal.get("signedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(intact.get("sealText").asText()).isEqualTo("电子签章有效");
    // asked by number and code: the stored OFD's seal
    JsonNode byNumber = body(get("/api/v1/verification/" + licence.documentNumber() + "?code="
        + licence.verificationCode()));
    assertThat(byNumber.get("result").asText()).isEqualTo("ISSUED");
    assertThat(byNumber.at("/seals/0/state").asText()).isEqualTo("有效");
    assertThat(byNumber.get("sealText").asText()).isEqualTo("电子签章有效");
    // years later the SM2 certificate has expired: the licence was sealed before, it stays valid
    ClockUtil.setCurrentTime(new java.util.Date(sealCertificate.getNotAfter().getTime() + 2 * 24 * 3600 * 1000L));
    try {
      JsonNode later = body(get("/api/v1/verification/" + licence.documentNumber() + "?code="
          + licence.verificationCode()));
      assertThat(later.at("/seals/0/expired").asBoolean()).isTrue();
      assertThat(later.at("/seals/0/state").asText()).isEqualTo("有效（签章时印章证书在有效期内，证书现已到期）");
      assertThat(later.get("sealText").asText()).isEqualTo("电子签章有效");
    } finally {
      ClockUtil.reset();
    }

    // one character of the page's text changed, re-zipped as a forger would
    Map<String, byte[]> files = Zips.unzip(ofd);
    String page = files.keySet().stream().filter(name -> name.endsWith("Page_0/Content.xml")).findFirst()
        .orElseThrow();
    String text = new String(files.get(page), StandardCharsets.UTF_8);
    int at = text.indexOf("许可证");
    assertThat(at).isPositive();
    files.put(page, (text.substring(0, at) + "执照" + text.substring(at + 3)).getBytes(StandardCharsets.UTF_8));
    ResponseEntity<String> changed = upload(Zips.zip(files), "licence.ofd");
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode altered = body(changed);
    assertThat(altered.get("result").asText()).isNotEqualTo("INTACT");
    assertThat(altered.at("/seals/0/signatureIntact").asBoolean()).isFalse();
    assertThat(altered.at("/seals/0/state").asText()).startsWith("签名无效");
    assertThat(altered.at("/seals/0/subject").asText()).isEqualTo(sealCertificate.getSubjectX500Principal()
        .getName());
    assertThat(altered.get("sealText").asText()).startsWith("电子签章有问题：签名无效");

    // the forger also puts the changed page's digest into the signature file: the seal signed the old one
    Map<String, byte[]> redigested = new LinkedHashMap<>(files);
    String signatureFile = redigested.keySet().stream().filter(name -> name.endsWith("/Signature.xml")).findFirst()
        .orElseThrow();
    String signatureXml = new String(redigested.get(signatureFile), StandardCharsets.UTF_8);
    java.util.regex.Matcher reference = java.util.regex.Pattern.compile("(FileRef=\"/?" + page
        + "\"\\s*>\\s*<ofd:CheckValue>)([^<]+)(<)").matcher(signatureXml);
    assertThat(reference.find()).as("the page's reference in %s", signatureXml).isTrue();
    String newDigest = java.util.Base64.getEncoder().encodeToString(
        new org.bouncycastle.jcajce.provider.digest.SM3.Digest().digest(files.get(page)));
    redigested.put(signatureFile, (signatureXml.substring(0, reference.start(2)) + newDigest
        + signatureXml.substring(reference.end(2))).getBytes(StandardCharsets.UTF_8));
    JsonNode resigned = body(upload(Zips.zip(redigested), "licence.ofd")).at("/seals/0");
    assertThat(resigned.get("signatureIntact").asBoolean()).isFalse();
    assertThat(resigned.get("state").asText()).startsWith("签名无效");

    // a file added after sealing: the seal still verifies but does not cover it
    Map<String, byte[]> added = Zips.unzip(ofd);
    added.put("Doc_0/Res/note.xml", "<Note>补充说明</Note>".getBytes(StandardCharsets.UTF_8));
    JsonNode appended = body(upload(Zips.zip(added), "licence.ofd")).at("/seals/0");
    assertThat(appended.get("signatureIntact").asBoolean()).isTrue();
    assertThat(appended.get("coversWholeFile").asBoolean()).isFalse();
    assertThat(appended.get("state").asText()).isEqualTo("签名有效，但签名后文件又被追加了内容");

    // the same licence without its signatures: no seal
    Map<String, byte[]> unsigned = Zips.unzip(ofd);
    unsigned.keySet().removeIf(name -> name.contains("/Signs/"));
    unsigned.put("OFD.xml", new String(unsigned.get("OFD.xml"), StandardCharsets.UTF_8)
        .replaceAll("<ofd:Signatures>[^<]*</ofd:Signatures>", "").getBytes(StandardCharsets.UTF_8));
    JsonNode none = body(upload(Zips.zip(unsigned), "licence.ofd"));
    assertThat(none.get("seals")).isEmpty();
    assertThat(none.get("sealText").asText()).isEqualTo("文件中没有电子签章");
    assertThat(ofdTempFolders()).as("the OFDs' temporary folders are deleted").isEqualTo(tempBefore);
  }

  @Test
  void anOfdSealOfAForeignOrRevokedCertificateIsReportedSo() throws Exception {
    Object[] forger = SignedPdfs.foreignSm2();
    X509Certificate forged = (X509Certificate) forger[1];
    var bureau = seals.current("city");
    var forgersSeal = new cn.gov.oneseal.seal.BureauSeal("city", "某市行政审批服务局", null, List.of(),
        (PrivateKey) forger[0], List.of(forged), bureau.image(), false);
    byte[] licence = new cn.gov.oneseal.seal.OfdLicence().render(new cn.gov.oneseal.seal.LicenceDocument(
        "JY13205000000001", "食品经营许可证", "好味餐饮有限公司", "91350100M000100Y43", List.of("经营项目：热食类食品制售"),
        "2026年12月06日", "2031年12月05日", "某市行政审批服务局", "2026年12月06日", "ABCDEFGH",
        "http://localhost:8080/verify?n=X&c=ABCDEFGH"));
    JsonNode foreign = body(upload(new cn.gov.oneseal.seal.OfdSealer().seal(licence, forgersSeal), "licence.ofd"));
    assertThat(foreign.get("result").asText()).isEqualTo("UNKNOWN");
    JsonNode seal = foreign.at("/seals/0");
    assertThat(seal.get("signatureIntact").asBoolean()).as("the forger's own signature is sound").isTrue();
    assertThat(seal.get("trusted").asBoolean()).isFalse();
    assertThat(seal.get("state").asText()).isEqualTo("印章证书不是本系统印章证书颁发机构签发的");

    // the bureau's own SM2 seal certificate, revoked by the operator
    byte[] genuine = new cn.gov.oneseal.seal.OfdSealer().seal(licence, bureau);
    assertThat(body(upload(genuine, "licence.ofd")).at("/seals/0/state").asText()).isEqualTo("有效");
    assertRevokedWhileListed(bureau.sm2Certificate(), genuine, "licence.ofd");
  }

  @Test
  void aHostileOfdIsAnsweredClearlyFastAndLeavesNothingBehind() throws Exception {
    Set<String> tempBefore = ofdTempFolders();
    // a zip bomb: 100 MiB of zeros in one entry
    var bombBytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bombBytes)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("Doc_0/Pages/Page_0/Content.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        zip.write(zeros);
      }
    }
    byte[] bomb = bombBytes.toByteArray();
    assertThat(bomb.length).isLessThan(1 << 20);
    long start = System.nanoTime();
    ResponseEntity<String> bombAnswer = upload(bomb, "licence.ofd");
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms for the zip bomb").isLessThan(3000);
    assertThat(bombAnswer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(bombAnswer).get("result").asText()).isEqualTo("UNKNOWN");
    assertThat(body(bombAnswer).get("seals")).isEmpty();
    assertThat(body(bombAnswer).get("sealText").asText()).isEqualTo("OFD 文件解压后超过 50 MB，不予解析，未核验电子签章");

    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      many.put("Doc_0/Res/file" + i + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(body(upload(Zips.zip(many), "licence.ofd")).get("sealText").asText())
        .isEqualTo("OFD 文件包含的文件过多（超过 200 个），不予解析，未核验电子签章");

    byte[] noise = new byte[5000];
    new java.util.Random(21).nextBytes(noise);
    noise[0] = 'P';
    noise[1] = 'K';
    noise[2] = 3;
    noise[3] = 4;
    ResponseEntity<String> notAZip = upload(noise, "licence.ofd");
    assertThat(notAZip.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(notAZip).get("result").asText()).isEqualTo("UNKNOWN");
    assertThat(body(notAZip).get("sealText").asText()).isEqualTo("OFD 文件已损坏或不是有效的 OFD 文件，未能核验电子签章");

    Map<String, byte[]> escaping = new LinkedHashMap<>();
    escaping.put("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
    escaping.put("../../oneseal-escape.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
    assertThat(body(upload(Zips.zip(escaping), "licence.ofd")).get("sealText").asText())
        .isEqualTo("OFD 文件中有不合法的文件路径，不予解析，未核验电子签章");

    // an external entity in the OFD's main file (it would make the server read its own files)
    Map<String, byte[]> entity = new LinkedHashMap<>();
    entity.put("OFD.xml", ("<?xml version=\"1.0\"?><!DOCTYPE ofd:OFD [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
        + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>&x;</ofd:DocBody></ofd:OFD>")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(body(upload(Zips.zip(entity), "licence.ofd")).get("sealText").asText())
        .isEqualTo("OFD 文件的 XML 含有文档类型声明（DOCTYPE），不予解析，未核验电子签章");
    // a zip that passes the checks but is no OFD document (no DocBody): unpacked, not understood, cleaned up
    assertThat(body(upload(ofd("<ofd:TextObject/>"), "licence.ofd")).get("sealText").asText())
        .isEqualTo("OFD 文件结构无法解析，未能核验电子签章");
    // a main file of 20 MB (a DOM of it would take hundreds of MB): not parsed
    Map<String, byte[]> hugeXml = new LinkedHashMap<>();
    hugeXml.put("OFD.xml", ("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>" + "<a/>".repeat(5 << 20)
        + "</ofd:DocBody></ofd:OFD>").getBytes(StandardCharsets.UTF_8));
    byte[] hugeZip = Zips.zip(hugeXml);
    long hugeStart = System.nanoTime();
    ResponseEntity<String> hugeAnswer = upload(hugeZip, "licence.ofd");
    assertThat((System.nanoTime() - hugeStart) / 1_000_000).as("ms for the 20 MB main file").isLessThan(5000);
    assertThat(body(hugeAnswer).get("sealText").asText())
        .isEqualTo("OFD 文件结构无法解析，未能核验电子签章");
    assertThat(ofdTempFolders()).as("no temporary folder left").isEqualTo(tempBefore);
  }

  static Set<String> ofdTempFolders() throws Exception {
    try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return list.map(path -> path.getFileName().toString())
          .filter(name -> name.startsWith(OfdPackage.TEMPORARY_FOLDER))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void aLicenceDecisionTellsTheLicencesCurrentState() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2025, 9, 26, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    ClockUtil.setCurrentTime(shanghai(2025, 9, 30, 10, 0, 0));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant",
        "decisionOpinion", "准予"));
    String licenceNumber = caseFiles.get(caseNumber).licenceNumber();
    IssuedDocument grant = issued(caseNumber, NoticeKind.GRANT);
    String url = "/api/v1/verification/" + grant.documentNumber() + "?code=" + grant.verificationCode();

    JsonNode valid = body(get(url));
    assertThat(valid.get("verdict").asText()).isEqualTo("有效");
    assertThat(valid.at("/document/kindName").asText()).isEqualTo("准予行政许可决定书");
    assertThat(valid.at("/licence/licenceNumber").asText()).isEqualTo(licenceNumber);
    assertThat(valid.at("/licence/holderName").asText()).isEqualTo("好味餐饮有限公司");
    assertThat(valid.at("/licence/statusText").asText()).isEqualTo("有效");

    licences.changeStatus(licenceNumber, LicenceStatus.REVOKED, "撤销行政许可（告知承诺不实）", "head1");
    JsonNode revoked = body(get(url));
    assertThat(revoked.get("verdict").asText()).isEqualTo("已撤销");
    assertThat(revoked.at("/licence/statusText").asText()).isEqualTo("已撤销");
    JsonNode uploaded = body(upload(content(grant), grant.fileName()));
    assertThat(uploaded.get("result").asText()).isEqualTo("INTACT");
    assertThat(uploaded.get("verdict").asText()).isEqualTo("已撤销");
  }

  @Test
  void aSealCertificateThatExpiredSinceLeavesWhatItSignedValidButNotWhatIsSignedAfter() throws Exception {
    ClockUtil.reset();
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    IssuedDocument receipt = issued(caseNumber, NoticeKind.RECEIPT);
    var seal = seals.current("city");
    java.util.Date expiry = seal.pdfCertificate().getNotAfter();
    // years later: the certificate has expired (a renewed one signs new documents); the receipt was signed before
    ClockUtil.setCurrentTime(new java.util.Date(expiry.getTime() + 2 * 24 * 3600 * 1000L));
    try {
      JsonNode later = body(get("/api/v1/verification/" + receipt.documentNumber() + "?code="
          + receipt.verificationCode()));
      assertThat(later.get("verdict").asText()).isEqualTo("有效");
      assertThat(later.get("sealText").asText()).isEqualTo("电子签章有效");
      assertThat(later.at("/seals/0/expired").asBoolean()).isTrue();
      assertThat(later.at("/seals/0/state").asText()).isEqualTo("有效（签章时印章证书在有效期内，证书现已到期）");
      assertThat(body(upload(content(receipt), "receipt.pdf")).at("/seals/0/state").asText()).startsWith("有效");

      // a file signed with the old key after the certificate expired
      java.util.Calendar afterExpiry = java.util.Calendar.getInstance();
      afterExpiry.setTime(ClockUtil.getCurrentTime());
      byte[] late = SignedPdfs.signed(SignedPdfs.plain("signed late"), seal.pdfKey(), seal.pdfChain(), afterExpiry);
      JsonNode answer = body(upload(late, "late.pdf"));
      assertThat(answer.at("/seals/0/state").asText()).isEqualTo("签章时印章证书已过期");
      assertThat(answer.get("sealText").asText()).startsWith("电子签章有问题");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void theSealsCertificateIsReportedTrustedRevokedOrForeignAndABrokenSignatureInvalid() throws Exception {
    var seal = seals.current("city");
    byte[] signed = SignedPdfs.signed(SignedPdfs.plain("sealed"), seal.pdfKey(), seal.pdfChain());
    JsonNode trusted = body(upload(signed, "x.pdf"));
    assertThat(trusted.get("result").asText()).isEqualTo("UNKNOWN");
    JsonNode first = trusted.at("/seals/0");
    assertThat(first.get("subject").asText()).contains("某市行政审批服务局");
    assertThat(first.get("trusted").asBoolean()).isTrue();
    assertThat(first.get("signatureIntact").asBoolean()).isTrue();
    assertThat(first.get("coversWholeFile").asBoolean()).isTrue();
    assertThat(first.get("revoked").asBoolean()).isFalse();
    assertThat(first.get("state").asText()).isEqualTo("有效");
    assertThat(first.get("notAfter").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

    // the operator revokes the seal certificate (the demo seals' revocation file, read again when it changes)
    assertRevokedWhileListed(seal.pdfCertificate(), signed, "x.pdf");
    assertThat(seals.revoked(seal.pdfCertificate())).isFalse();

    Object[] forger = SignedPdfs.foreign();
    byte[] forged = SignedPdfs.signed(SignedPdfs.plain("forged"), (PrivateKey) forger[0],
        List.of((X509Certificate) forger[1]));
    JsonNode foreign = body(upload(forged, "x.pdf")).at("/seals/0");
    assertThat(foreign.get("signatureIntact").asBoolean()).isTrue();
    assertThat(foreign.get("trusted").asBoolean()).isFalse();
    assertThat(foreign.get("state").asText()).isEqualTo("印章证书不是本系统印章证书颁发机构签发的");

    // one byte of the signed content changed (the page's text, before the signature)
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("/Type /Page");
    assertThat(at).isPositive();
    byte[] broken = signed.clone();
    broken[at + 1] = 'X';
    ResponseEntity<String> answer = upload(broken, "x.pdf");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(answer).at("/seals/0/signatureIntact").asBoolean()).isFalse();
    assertThat(body(answer).at("/seals/0/state").asText()).startsWith("签名无效");
  }

  @Test
  void theThirtyFirstRequestWithinAMinuteIsRefusedWithRetryAfter() {
    for (int i = 0; i < 30; i++) {
      assertThat(get("/api/v1/verification/X-01?code=AAAAAAAA").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    ResponseEntity<String> refused = get("/api/v1/verification/X-01?code=AAAAAAAA");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(refused.getHeaders().getFirst("Retry-After")).matches("[1-9]\\d?");
    assertThat(refused.getBody()).contains("TOO_MANY_REQUESTS", "查验过于频繁");
    assertThat(upload(new byte[] {1}, "x.pdf").getStatusCode()).as("the upload shares the limit")
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(get("/api/v1/items").getStatusCode()).as("only the verification is limited").isEqualTo(HttpStatus.OK);
  }

  @Test
  void theVerificationPageOpensWithoutALogin() {
    ResponseEntity<String> page = get("/verify?n=32050020260302C000001C-01&c=ABCDEFGH");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(page.getBody()).contains("文件查验", "查验", "/api/v1/verification", "上传文件查验");
    // the API's other operations stay closed: only the upload is an open POST
    assertThat(rest.exchange("/api/v1/verification/x", HttpMethod.POST, HttpEntity.EMPTY, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
