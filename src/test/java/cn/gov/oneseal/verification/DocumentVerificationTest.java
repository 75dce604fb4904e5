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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import cn.gov.oneseal.seal.Seals;
import org.springframework.beans.factory.annotation.Autowired;
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
  @Autowired ClientRateLimit limit;
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
    assertThat(brokenOfd.get("sealText").asText()).contains("OFD");

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
    Path revocations = Path.of(sealsFolder, "revoked.txt");
    String before = Files.exists(revocations) ? Files.readString(revocations) : null;
    Files.writeString(revocations, (before == null ? "" : before) + "\n" + seal.pdfCertificate().getSerialNumber()
        .toString(16) + "\n");
    try {
      JsonNode revoked = body(upload(signed, "x.pdf")).at("/seals/0");
      assertThat(revoked.get("revoked").asBoolean()).isTrue();
      assertThat(revoked.get("state").asText()).isEqualTo("印章证书已被吊销");
    } finally {
      if (before == null) {
        Files.delete(revocations);
      } else {
        Files.writeString(revocations, before);
      }
    }
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
