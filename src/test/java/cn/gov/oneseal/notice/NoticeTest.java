package cn.gov.oneseal.notice;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Each outcome produces its notice: a PDF with Chinese text, the case, the dates and the seal line. */
class NoticeTest extends CaseTest {

  @Autowired NoticeService notices;
  @Autowired TestRestTemplate rest;

  static String text(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
  }

  String textOf(String caseNumber, NoticeKind kind) throws Exception {
    Notice notice = notices.ofCase(caseNumber).stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    return text(notices.content(caseNumber, notice.id()).orElseThrow());
  }

  @Test
  void aGrantedCaseHasItsReceiptAcceptanceAndDecision() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2025, 9, 26, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    String receipt = textOf(caseNumber, NoticeKind.RECEIPT);
    assertThat(receipt).contains("收件凭证", "好味餐饮有限公司", "2025年9月26日", "食品经营许可", caseNumber,
        "食品经营许可申请书", "五个工作日内", "某市行政审批服务局（行政审批专用章）");

    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    assertThat(textOf(caseNumber, NoticeKind.ACCEPTANCE)).contains("受理通知书", "决定予以受理",
        "2025年10月11日前办结", "2025年10月16日前作出行政许可决定", "办件编号：" + caseNumber);

    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    ClockUtil.setCurrentTime(shanghai(2025, 9, 30, 10, 0, 0));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    String licence = caseFiles.get(caseNumber).licenceNumber();
    // delivery within 5 WD of 09-30: 10-09, 10-10, 10-11, 10-13, 10-14
    assertThat(textOf(caseNumber, NoticeKind.GRANT)).contains("准予行政许可决定书", "准予行政许可", licence,
        "2030年9月29日", "2025年10月14日前领取", "《食品经营许可和备案管理办法》", "2025年9月30日");
    // the electronic licence is made by a job after the grant commits, here (a retry) the next day: it still
    // prints the day of the grant
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind)
        .containsExactly(NoticeKind.RECEIPT, NoticeKind.ACCEPTANCE, NoticeKind.GRANT);
    ClockUtil.setCurrentTime(shanghai(2025, 10, 1, 9, 0, 0));
    assertThat(officers.issueElectronicLicences(caseNumber)).isEqualTo(1);
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind)
        .containsExactly(NoticeKind.RECEIPT, NoticeKind.ACCEPTANCE, NoticeKind.GRANT, NoticeKind.LICENCE,
            NoticeKind.LICENCE_OFD);
    // the electronic licence prints the licence's data and how to verify it
    assertThat(textOf(caseNumber, NoticeKind.LICENCE)).contains("食品经营许可证（电子证照）", licence, "好味餐饮有限公司",
        "有效期：2025年9月30日至2030年9月29日", "某市行政审批服务局（行政审批专用章）", "验证码：");
  }

  @Test
  void anApplicationNobodyAnsweredInFiveWorkingDaysIsDeemedAcceptedFromItsReceipt() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    var timer = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(officers.task(caseNumber, "Task_AcceptApplication").getProcessInstanceId()).singleResult();
    // receipt Monday 03-02, five working days: the end of 03-09
    ClockUtil.setCurrentTime(shanghai(2026, 3, 10, 0, 0, 1));
    engine.getManagementService().executeJob(timer.getId());

    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind)
        .containsExactly(NoticeKind.RECEIPT, NoticeKind.DEEMED_ACCEPTANCE);
    String deemed = textOf(caseNumber, NoticeKind.DEEMED_ACCEPTANCE);
    assertThat(deemed).contains("受理通知书", "2026年3月2日", "五个工作日内", "第三十二条", "视为受理",
        "自收到申请材料之日（2026年3月2日）起即为受理", "2026年3月10日前办结", "2026年3月16日前作出行政许可决定",
        "办件编号：" + caseNumber);
    assertThat(deemed).doesNotContain("决定予以受理", "材料齐全");
  }

  @Test
  void refusalsCarryTheirReasonsAndTheRemedies() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String rejected = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", rejected, "Task_AcceptApplication",
        Map.of("intakeDecision", "reject", "intakeOpinion", "申请事项不属于本机关职权范围"));
    assertThat(textOf(rejected, NoticeKind.REJECTION)).contains("不予受理决定书", "不属于本机关职权范围",
        "六十日内", "行政复议", "六个月内", "行政诉讼");

    String denied = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", denied, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.surveyAs("surveylead1", denied, "fail");
    officers.complete("reviewer1", denied, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "deny", "reviewOpinion", "不符合"));
    officers.complete("decider1", denied, "Task_DecideApplication",
        Map.of("decision", "deny", "decisionOpinion", "现场核查不符合第十二条：无更衣洗手设施"));
    assertThat(textOf(denied, NoticeKind.DENIAL)).contains("不予行政许可决定书", "无更衣洗手设施", "行政复议", "行政诉讼");
  }

  @Test
  void theApplicantDownloadsWithTheQueryCodeOfTheReceipt() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    java.util.regex.Matcher code = java.util.regex.Pattern.compile("查询码：([A-Z2-9]{8})")
        .matcher(textOf(caseNumber, NoticeKind.RECEIPT));
    assertThat(code.find()).isTrue();
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.set("X-Query-Secret", code.group(1).toLowerCase());
    var portal = rest.withBasicAuth("portal", "OneSeal-Hall-2026");
    ResponseEntity<List> list = portal.exchange("/api/v1/applicant/cases/" + caseNumber + "/notices",
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), List.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    Object id = ((Map<?, ?>) list.getBody().get(0)).get("id");
    ResponseEntity<byte[]> pdf = portal.exchange("/api/v1/applicant/cases/" + caseNumber + "/notices/" + id,
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), byte[].class);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(text(pdf.getBody())).contains("收件凭证", caseNumber);

    headers.set("X-Query-Secret", "WRONG234");
    assertThat(portal.exchange("/api/v1/applicant/cases/" + caseNumber + "/notices", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(portal.getForEntity("/api/v1/applicant/cases/" + caseNumber + "/notices", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // only the portal's technical client calls the applicant API: not anonymously, not as an officer
    headers.set("X-Query-Secret", code.group(1));
    assertThat(rest.exchange("/api/v1/applicant/cases/" + caseNumber + "/notices", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("window1", "OneSeal-2026").exchange("/api/v1/applicant/cases/" + caseNumber
        + "/notices", org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void officersOfTheCasesBureauDownloadTheNotices() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    ResponseEntity<List> list = rest.withBasicAuth("reviewer1", "OneSeal-2026")
        .getForEntity("/api/v1/cases/" + caseNumber + "/notices", List.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> receipt = (Map<String, Object>) list.getBody().get(0);
    assertThat(receipt).containsEntry("kind", "RECEIPT").containsEntry("title", "收件凭证");

    ResponseEntity<byte[]> pdf = rest.withBasicAuth("window2", "OneSeal-2026")
        .getForEntity("/api/v1/cases/" + caseNumber + "/notices/" + receipt.get("id"), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody())))
        .isEqualTo(receipt.get("sha256")).isEqualTo(pdf.getHeaders().getFirst("X-Content-SHA256"));
    assertThat(text(pdf.getBody())).contains(caseNumber);

    assertThat(rest.withBasicAuth("awindow1", "OneSeal-2026").getForEntity("/api/v1/cases/" + caseNumber + "/notices",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/v1/cases/" + caseNumber + "/notices", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth("window2", "OneSeal-2026").getForEntity("/api/v1/cases/" + caseNumber + "/notices/999999",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
