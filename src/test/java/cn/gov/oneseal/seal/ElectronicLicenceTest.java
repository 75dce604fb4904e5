package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * Issue 21 as a licence holder meets it: the food licence granted in a case is downloaded from the online hall's API
 * (the applicant's query code), as PDF and OFD. poppler's pdfsig reports the PDF's signature valid and made by a
 * certificate of the bureau's (demo) CA; ofdrw's own validator accepts the OFD's GB/T 38540 seal; the verification API
 * says 有效, after the revocation 已撤销, and a copy with one changed character 已被篡改.
 */
@Tag("verifier")
class ElectronicLicenceTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired LicenceRegister licences;
  @Value("${oneseal.seals.demo-directory}") String sealsFolder;

  @Test
  void aGrantedLicenceIsSealedVerifiedByOthersAndItsStateFollowsTheRegister(@TempDir Path dir) throws Exception {
    Pdfsig.require();
    String[] caseNumber = new String[1];
    String secret = QuerySecrets.capturing(() -> caseNumber[0] = officers.grantedFood());
    JsonNode notices = json.readTree(portal("/api/v1/applicant/cases/" + caseNumber[0] + "/notices", secret,
        String.class).getBody());
    long pdfId = -1;
    long ofdId = -1;
    for (JsonNode notice : notices) {
      if (notice.path("kind").asText().equals("LICENCE")) {
        pdfId = notice.path("id").asLong();
      } else if (notice.path("kind").asText().equals("LICENCE_OFD")) {
        ofdId = notice.path("id").asLong();
      }
    }
    assertThat(pdfId).as("the licence PDF among the case's documents: %s", notices).isPositive();
    assertThat(ofdId).as("the licence OFD among the case's documents").isPositive();
    byte[] pdf = portal("/api/v1/applicant/cases/" + caseNumber[0] + "/notices/" + pdfId, secret, byte[].class)
        .getBody();
    byte[] ofd = portal("/api/v1/applicant/cases/" + caseNumber[0] + "/notices/" + ofdId, secret, byte[].class)
        .getBody();

    // someone else's verifiers: pdfsig trusting the bureau's (demo) CA, ofdrw's validator
    Path file = dir.resolve("licence.pdf");
    Files.write(file, pdf);
    String report = Pdfsig.trusting(dir, Files.readString(Path.of(sealsFolder, "demo-ca.pem"))).verify(file);
    assertThat(report).contains("Signature is Valid.").contains("Certificate is Trusted.")
        .contains("某市行政审批服务局");
    OfdLicenceTest.validate(ofd);
    byte[] changedOfd = OfdTampering.changeText(ofd);
    assertThatThrownBy(() -> OfdLicenceTest.validate(changedOfd)).as("one changed character in the OFD").isNotNull();

    // the verification page's API: by the number and code printed on it, then after revocation, then a changed copy
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    JsonNode intact = upload(pdf);
    assertThat(intact.get("result").asText()).isEqualTo("INTACT");
    assertThat(intact.get("verdict").asText()).isEqualTo("有效");
    String licenceNumber = intact.at("/licence/licenceNumber").asText();
    assertThat(licenceNumber).isNotBlank();
    licences.changeStatus(licenceNumber, LicenceStatus.REVOKED, "撤销行政许可（测试）", "head1");
    assertThat(upload(pdf).get("verdict").asText()).isEqualTo("已撤销");
    byte[] altered = pdf.clone();
    int at = text.indexOf("/Type /Page");
    altered[at + 1] = 'X';
    // uploaded as downloaded (the file keeps its name): the document is named, the bytes are not the issued ones
    JsonNode tampered = upload(altered, caseNumber[0] + "-LICENCE.pdf");
    assertThat(tampered.get("result").asText()).isEqualTo("ALTERED");
    assertThat(tampered.get("verdict").asText()).isEqualTo("已被篡改");
    Path alteredFile = dir.resolve("altered.pdf");
    Files.write(alteredFile, altered);
    assertThat(Pdfsig.trusting(dir.resolve("again"), Files.readString(Path.of(sealsFolder, "demo-ca.pem")))
        .verify(alteredFile)).doesNotContain("Signature is Valid.");
  }

  @Test
  void theGrantLeavesAJobThatIssuesTheLicenceOnceAndItsDataIsJsonForTheHolderAndTheRegulator() throws Exception {
    String[] caseNumber = new String[1];
    String secret = QuerySecrets.capturing(() -> {
      caseNumber[0] = officers.register("window1", "FoodBusinessLicence", Applications.food()).getBusinessKey();
      officers.complete("window1", caseNumber[0], "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
      officers.passSurvey(caseNumber[0]);
      officers.complete("reviewer1", caseNumber[0], "Task_ReviewApplication",
          Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
      officers.complete("decider1", caseNumber[0], "Task_DecideApplication",
          Map.of("decision", "grant", "decisionOpinion", "准予"));
    });
    // the decision has committed; the licence waits for the job executor, as a job of the case's definition and
    // bureau (Cockpit shows it there, and an incident there if it keeps failing)
    Job job = engine.getManagementService().createJobQuery().processDefinitionKey("FoodBusinessLicence")
        .list().stream().filter(j -> ((JobEntity) j).getJobHandlerConfigurationRaw().startsWith(caseNumber[0] + "|"))
        .findFirst().orElseThrow();
    assertThat(job.getTenantId()).isEqualTo("city");
    assertThat(job.getRetries()).isEqualTo(3);
    JsonNode before = json.readTree(portal("/api/v1/applicant/cases/" + caseNumber[0] + "/licence", secret,
        String.class).getBody());
    assertThat(before.get("documents")).isEmpty();
    engine.getManagementService().executeJob(job.getId());
    assertThat(officers.issueElectronicLicences(caseNumber[0])).as("no second job").isZero();

    JsonNode data = json.readTree(portal("/api/v1/applicant/cases/" + caseNumber[0] + "/licence", secret,
        String.class).getBody());
    assertThat(data.get("licenceName").asText()).isEqualTo("食品经营许可证");
    assertThat(data.get("holderName").asText()).isEqualTo("好味餐饮有限公司");
    assertThat(data.get("issuingBureau").asText()).isEqualTo("某市行政审批服务局");
    assertThat(data.get("statusText").asText()).isEqualTo("有效");
    assertThat(data.get("documents")).extracting(d -> d.get("format").asText()).containsExactly("PDF", "OFD");
    String licenceNumber = data.get("licenceNumber").asText();
    // the number and code in the data are those printed on the PDF, and verify it
    JsonNode pdf = data.get("documents").get(0);
    byte[] file = portal("/api/v1/applicant/cases/" + caseNumber[0] + "/notices/" + pdf.get("id").asLong(), secret,
        byte[].class).getBody();
    try (var document = org.apache.pdfbox.Loader.loadPDF(file)) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""))
          .contains(licenceNumber, pdf.get("documentNumber").asText(), pdf.get("verificationCode").asText());
      // the QR code printed on the last page, as a phone would scan it: the verification address with that code
      // rendered at 300 dpi (some 8 pixels a module) and cut to the code's square with a margin — 85 pt wide, 72 pt
      // from the left and bottom edges (notice/LicencePdf) — so that no printed text beside it can pass for a finder
      java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document)
          .renderImageWithDPI(document.getNumberOfPages() - 1, 300);
      java.awt.image.BufferedImage foot = page.getSubimage(60 * 300 / 72, page.getHeight() - 169 * 300 / 72,
          109 * 300 / 72, 109 * 300 / 72);
      int[] pixels = foot.getRGB(0, 0, foot.getWidth(), foot.getHeight(), null, 0, foot.getWidth());
      String scanned = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
          new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(foot.getWidth(),
              foot.getHeight(), pixels))), java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText();
      assertThat(scanned).contains("/verify").contains(pdf.get("verificationCode").asText());
    }
    assertThat(pdf.get("sha256").asText()).isEqualTo(cn.gov.oneseal.casefile.Sha256.hex(file));

    // the regulator of the item reads it from the register's API; a window officer does not; a wrong code is 404
    ResponseEntity<String> regulator = rest.withBasicAuth("samr1", "OneSeal-2026")
        .getForEntity("/api/v1/licences/" + licenceNumber + "/electronic", String.class);
    assertThat(regulator.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(regulator.getBody()).get("caseNumber").asText()).isEqualTo(caseNumber[0]);
    assertThat(rest.withBasicAuth("window1", "OneSeal-2026")
        .getForEntity("/api/v1/licences/" + licenceNumber + "/electronic", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    HttpHeaders wrong = new HttpHeaders();
    wrong.set("X-Query-Secret", "AAAAAAAA");
    assertThat(rest.withBasicAuth("portal", "OneSeal-Hall-2026").exchange("/api/v1/applicant/cases/" + caseNumber[0]
        + "/licence", HttpMethod.GET, new HttpEntity<>(wrong), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    licences.changeStatus(licenceNumber, LicenceStatus.CANCELLED, "注销（测试）", "head1");
    assertThat(json.readTree(portal("/api/v1/applicant/cases/" + caseNumber[0] + "/licence", secret, String.class)
        .getBody()).get("statusText").asText()).isEqualTo("已注销");
  }

  private <T> ResponseEntity<T> portal(String path, String secret, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Query-Secret", secret);
    ResponseEntity<T> answer = rest.withBasicAuth("portal", "OneSeal-Hall-2026").exchange(path, HttpMethod.GET,
        new HttpEntity<>(headers), type);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer;
  }

  private JsonNode upload(byte[] content) throws Exception {
    return upload(content, "licence.pdf");
  }

  private JsonNode upload(byte[] content, String fileName) throws Exception {
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> answer = rest.postForEntity("/api/v1/verification", new HttpEntity<>(body, headers),
        String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }
}
