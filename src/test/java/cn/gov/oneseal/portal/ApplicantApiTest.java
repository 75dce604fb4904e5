package cn.gov.oneseal.portal;

import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.support.CaseTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online hall's applicant API as the portal calls it: applications with files, corrections, withdrawal,
 * progress and notices, each proven by the case's query code; officers see and download the materials.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class ApplicantApiTest extends CaseTest {

  static final String USCC = "91350100M000100Y43";
  static final byte[] PDF = "%PDF-1.4\n% 申请材料\n".getBytes(StandardCharsets.UTF_8);
  static final byte[] PNG = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Autowired cn.gov.oneseal.supervision.SupervisionSweep sweep;
  @Autowired cn.gov.oneseal.supervision.Cards cards;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    // another test's wrong password may have delayed a login past this earlier engine time
    for (String user : List.of("portal", "samrSystem", "window1", "reviewer1", "auditor1", "awindow1", "analyst1",
        "samr1")) {
      engine.getIdentityService().unlockUser(user);
    }
  }

  // ---------------------------------------------------------------- submission and validation

  @Test
  void aValidApplicationStartsTheItemsProcessAndAnswersTheCaseNumberAndQueryCode() {
    ResponseEntity<Map> answer = submit(food(USCC), files("M01", "M02", "M03", "M04"), key());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) answer.getBody().get("caseNumber");
    String secret = (String) answer.getBody().get("querySecret");
    assertThat(caseNumber).matches("\\d{14}C\\d{6}[0-9A-Z]");
    assertThat(secret).matches("[A-Z2-9]{8}");
    assertThat(answer.getBody().get("status")).isEqualTo("RECEIVED");
    assertThat((List<Map>) answer.getBody().get("notices")).extracting(n -> n.get("kind")).containsExactly("RECEIPT");

    var file = caseFiles.get(caseNumber);
    assertThat(file.receivedBy()).isEqualTo("portal");
    assertThat(file.bureauId()).isEqualTo("city");
    assertThat(file.applicantId()).isEqualTo(USCC);
    assertThat(caseFiles.materialCodes(caseNumber)).containsExactly("M01", "M02", "M03", "M04");
    var task = officers.task(caseNumber, "Task_AcceptApplication");
    assertThat(task).isNotNull();
    assertThat(engine.getTaskService().getVariable(task.getId(), "caseSummary").toString())
        .contains("材料齐全；网上申请一般程序（是否准许由窗口决定）");
    // the window's task shows the summary and links to every material and notice
    assertThat(task.getDescription()).contains(caseNumber, "好味餐饮有限公司", "M01 食品经营许可申请书",
        "/api/v1/cases/" + caseNumber + "/materials/", "收件凭证", "/api/v1/cases/" + caseNumber + "/notices/");

    // the receipt printed with the same query code
    Map receipt = ((List<Map>) answer.getBody().get("notices")).get(0);
    ResponseEntity<byte[]> pdf = portal().exchange((String) receipt.get("download"), HttpMethod.GET,
        new HttpEntity<>(secretHeader(secret)), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(text(pdf.getBody())).contains(caseNumber, secret);
  }

  @Test
  void aWrongCheckCharacterOfTheUsccIsAPreciseFieldErrorAndNothingIsWritten() {
    long cases = cases();
    ResponseEntity<Map> answer = submit(food("91350100M000100Y44"), files("M01", "M02", "M03", "M04"), key());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer)).singleElement().satisfies(error -> {
      assertThat(error.get("field")).isEqualTo("application.applicant.id");
      assertThat(error.get("code")).isEqualTo("INVALID_CHECKSUM");
      assertThat((String) error.get("message")).contains("校验");
    });
    assertThat(cases()).isEqualTo(cases);
  }

  @Test
  void anApplicationThatCannotBeReadNamesTheFieldButNoClassOfOurs() {
    long cases = cases();
    Map<String, Object> application = food("91350100M000100Y43");
    application.put("applicant", "好味餐饮有限公司");
    ResponseEntity<Map> answer = submit(application, files("M01", "M02", "M03", "M04"), key());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer)).singleElement().satisfies(error -> {
      assertThat(error.get("field")).isEqualTo("application");
      assertThat(error.get("code")).isEqualTo("INVALID_JSON");
      assertThat((String) error.get("message")).contains("applicant").contains("类型");
    });
    assertThat(answer.getBody().toString()).doesNotContain("cn.gov").doesNotContain("Application$")
        .doesNotContain("Cannot construct");
    assertThat(cases()).isEqualTo(cases);
  }

  @Test
  void missingMaterialsWrongFileTypesUnknownItemsAndForbiddenDeficiencyAreRefusedFieldByField() {
    long cases = cases();
    // M04 missing, M02 declared as PDF but is a PNG
    Map<String, Object[]> files = files("M01", "M03");
    files.put("M02", new Object[] {MediaType.APPLICATION_PDF_VALUE, PNG});
    ResponseEntity<Map> answer = submit(food(USCC), files, key());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(answer)).extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactlyInAnyOrder("files.M02 INVALID_TYPE", "files.M04 MATERIAL_MISSING");

    Map<String, Object> unknown = food(USCC);
    unknown.put("itemCode", "NoSuchLicence");
    assertThat(errors(submit(unknown, files("M01"), key()))).extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactly("application.itemCode ITEM_NOT_FOUND");

    // 公共场所卫生许可 excludes 容缺受理
    Map<String, Object> hygiene = new LinkedHashMap<>(food(USCC));
    hygiene.put("itemCode", "PublicPlaceHygieneLicence");
    hygiene.remove("businessScope");
    hygiene.put("path", "DEFICIENCY");
    hygiene.put("deficientMaterials", List.of("M03"));
    hygiene.put("pledgeSigned", true);
    ResponseEntity<Map> refused = submit(hygiene, files("M01", "M02"), key());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).anySatisfy(e -> {
      assertThat(e.get("field")).isEqualTo("application.deficientMaterials");
      assertThat(e.get("code")).isEqualTo("NOT_TOLERATED");
      assertThat((String) e.get("message")).contains("不适用容缺受理");
    });
    assertThat(cases()).isEqualTo(cases);
  }

  @Test
  void theRegistrationsOwnChecksComeBackUnderTheApiFieldNames() {
    Map<String, Object> application = food(USCC);
    application.put("contact", Map.of("name", "林晓", "phone", "电话号码", "email", "linxiao@"));
    application.put("businessScope", "NO_SUCH_SCOPE");
    long cases = cases();
    assertThat(errors(submit(application, files("M01", "M02", "M03", "M04"), key())))
        .extracting(e -> e.get("field") + " " + e.get("code"))
        .contains("application.contact.phone INVALID_FORMAT", "application.contact.email INVALID_FORMAT",
            "application.businessScope INVALID_CHOICE");
    assertThat(cases()).isEqualTo(cases);
  }

  @Test
  void anApplicationToACountyBureauBelongsToItAndAnUnknownBureauIsRefused() {
    Map<String, Object> county = food(USCC);
    county.put("bureauId", "countyA");
    county.put("contact", Map.of("name", "林晓", "phone", "0512-66881234", "email", "linxiao@example.cn"));
    ResponseEntity<Map> submitted = submit(county, files("M01", "M02", "M03", "M04"), key());
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) submitted.getBody().get("caseNumber");
    assertThat(caseNumber).startsWith("320581");
    assertThat(caseFiles.contactEmail(caseNumber)).as("the notices are also e-mailed there").contains(
        "linxiao@example.cn");
    assertThat(caseFiles.get(caseNumber).bureauId()).isEqualTo("countyA");
    assertThat(officers.as("awindow1", () -> officers.task(caseNumber, "Task_AcceptApplication"))).isNotNull();
    assertThat(officers.as("window1", () -> officers.task(caseNumber, "Task_AcceptApplication"))).isNull();

    county.put("bureauId", "nowhere");
    assertThat(errors(submit(county, files("M01", "M02", "M03", "M04"), key())))
        .extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("application.bureauId BUREAU_NOT_FOUND");
  }

  // ---------------------------------------------------------------- idempotency and access

  @Test
  void aRetryWithTheSameKeyCreatesNothingAndTheSameKeyWithOtherContentIsAConflict() {
    String key = key();
    long cases = cases();
    ResponseEntity<Map> first = submit(food(USCC), files("M01", "M02", "M03", "M04"), key);
    ResponseEntity<Map> retry = submit(food(USCC), files("M01", "M02", "M03", "M04"), key);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.getBody()).isEqualTo(first.getBody());
    assertThat(cases()).isEqualTo(cases + 1);

    Map<String, Object> other = food(USCC);
    other.put("premisesAddress", "姑苏区人民路200号");
    ResponseEntity<Map> conflict = submit(other, files("M01", "M02", "M03", "M04"), key);
    assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(conflict.getBody().get("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(cases()).isEqualTo(cases + 1);

    ResponseEntity<Map> keyless = submit(food(USCC), files("M01", "M02", "M03", "M04"), null);
    assertThat(keyless.getBody()).containsEntry("code", "INVALID");
    assertThat(errors(keyless)).extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactly("Idempotency-Key REQUIRED");
  }

  @Test
  void oneApplicantsQueryCodeOpensNoOtherCaseAndOnlyThePortalMayCall() {
    Map a = submit(food(USCC), files("M01", "M02", "M03", "M04"), key()).getBody();
    Map b = submit(food(residentId("35010219800101001")), files("M01", "M02", "M03", "M04"), key()).getBody();
    String caseA = (String) a.get("caseNumber");
    String caseB = (String) b.get("caseNumber");
    String secretA = (String) a.get("querySecret");

    assertThat(progress(caseA, secretA).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> wrong = progress(caseB, secretA);
    ResponseEntity<Map> unknown = progress("35010020260302C0000999", secretA);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrong.getBody()).isEqualTo(unknown.getBody());
    assertThat(post("/api/v1/applicant/cases/" + caseB + "/withdrawal", secretA, Map.of("reason", "不办了"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(portal().exchange("/api/v1/applicant/cases/" + caseB + "/notices", HttpMethod.GET,
        new HttpEntity<>(secretHeader(secretA)), Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(caseFiles.get(caseB).status()).isEqualTo(CaseStatus.RECEIVED);

    // only the portal's technical account: not a regulator's system, not an officer, not anonymous
    HttpEntity<Void> withSecret = new HttpEntity<>(secretHeader(secretA));
    assertThat(rest.withBasicAuth("samrSystem", "OneSeal-Samr-2026").exchange("/api/v1/applicant/cases/" + caseA,
        HttpMethod.GET, withSecret, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("window1", "OneSeal-2026").exchange("/api/v1/applicant/cases/" + caseA,
        HttpMethod.GET, withSecret, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.exchange("/api/v1/applicant/cases/" + caseA, HttpMethod.GET, withSecret, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---------------------------------------------------------------- later submissions and withdrawal

  @Test
  void correctionsOnlyWhenAskedForAndIdempotent() {
    Map a = submit(food(USCC), files("M01", "M02", "M03", "M04"), key()).getBody();
    String caseNumber = (String) a.get("caseNumber");
    String secret = (String) a.get("querySecret");
    ResponseEntity<Map> tooEarly = later(caseNumber, secret, "corrections", files("M03"), key());
    assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) tooEarly.getBody().get("message")).contains("不在等待申请人提交补正材料", "已收件");
    assertThat(later(caseNumber, secret, "supplements", files("M03"), key()).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "correct",
        "correctionMaterials", org.camunda.spin.Spin.JSON("[\"M03\"]"), "correctionDetails", "经营布局图不清晰",
        "correctionWorkingDays", 5L));
    assertThat(waits(progress(caseNumber, secret).getBody())).contains("等待申请人提交补正材料（POST …/corrections）");

    Map<String, Object[]> wrongType = new HashMap<>();
    wrongType.put("M03", new Object[] {"text/plain", "not a pdf".getBytes(StandardCharsets.UTF_8)});
    assertThat(errors(later(caseNumber, secret, "corrections", wrongType, key())))
        .extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("files.M03 INVALID_TYPE");

    String key = key();
    ResponseEntity<Map> sent = later(caseNumber, secret, "corrections", files("M03"), key);
    ResponseEntity<Map> retried = later(caseNumber, secret, "corrections", files("M03"), key);
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(retried.getBody()).isEqualTo(sent.getBody());
    assertThat(later(caseNumber, secret, "corrections", files("M03", "M04"), key).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(officers.task(caseNumber, "Task_CheckCorrections")).isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_CheckCorrections").count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from case_material_file where case_number = ? and purpose = ?",
        Integer.class, caseNumber, "CORRECTIONS")).isEqualTo(1);
    assertThat(officers.task(caseNumber, "Task_CheckCorrections").getDescription()).contains("（补正，M03.pdf）");
  }

  @Test
  void theApplicantWithdrawsBeforeTheDecisionAndTheCaseEndsWithHistoryKept() {
    Map a = submit(food(USCC), files("M01", "M02", "M03", "M04"), key()).getBody();
    String caseNumber = (String) a.get("caseNumber");
    String secret = (String) a.get("querySecret");
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    String instance = caseFiles.get(caseNumber).processInstanceId();
    // the survey is late (due at the end of 03-05): a red card and its 督办 task are open
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 9, 0, 0));
    assertThat(sweep.sweep()).anySatisfy(card -> assertThat(card.caseNumber()).isEqualTo(caseNumber));

    assertThat(errors(post("/api/v1/applicant/cases/" + caseNumber + "/withdrawal", secret, Map.of())))
        .extracting(e -> e.get("field")).containsExactly("reason");
    ResponseEntity<Map> withdrawn = post("/api/v1/applicant/cases/" + caseNumber + "/withdrawal", secret,
        Map.of("reason", "经营场所另有安排"));
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().get("statusLabel")).isEqualTo("申请人撤回");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getDeleteReason()).contains("申请人撤回申请：经营场所另有安排");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.WITHDRAWN_BY_APPLICANT);
    assertThat(caseFiles.get(caseNumber).closedAt()).isNotNull();
    assertThat(caseFiles.opinions(caseNumber)).anySatisfy(o -> assertThat(o.opinion()).contains("经营场所另有安排"));
    // its cards close with it: nothing is left for the supervisors to chase
    assertThat(cards.ofCase(caseNumber)).isNotEmpty().allSatisfy(card -> {
      assertThat(card.status()).isEqualTo("HANDLED");
      assertThat(card.handlingOpinion()).contains("申请人撤回申请");
    });
    Map progress = progress(caseNumber, secret).getBody();
    assertThat(((Map) progress.get("clock")).get("state")).isEqualTo("FINISHED");
    assertThat((List) progress.get("currentStages")).isEmpty();
    Map notice = ((List<Map>) progress.get("notices")).stream().filter(n -> n.get("kind").equals("WITHDRAWAL"))
        .findFirst().orElseThrow();
    assertThat(text(download((String) notice.get("download"), secret))).contains("撤回申请确认书", caseNumber,
        "经营场所另有安排");

    ResponseEntity<Map> again = post("/api/v1/applicant/cases/" + caseNumber + "/withdrawal", secret,
        Map.of("reason", "再撤一次"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aFileOverTheServletLimitIsRefusedWithTheApisErrorBody() {
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    Map<String, Object[]> files = files("M01", "M02", "M03");
    files.put("M04", new Object[] {"application/pdf", big});
    ResponseEntity<Map> refused = submit(food(USCC), files, key());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getBody()).containsEntry("code", "TOO_LARGE");
    assertThat((String) refused.getBody().get("message")).contains("20 MB");
  }

  @Test
  void theRectificationReportAfterASiteSurveyComesOverTheApi() {
    Map a = submit(food(USCC), files("M01", "M02", "M03", "M04"), key()).getBody();
    String caseNumber = (String) a.get("caseNumber");
    String secret = (String) a.get("querySecret");
    String path = "/api/v1/applicant/cases/" + caseNumber + "/survey-rectification";
    assertThat(post(path, secret, key(), Map.of("report", "已整改")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.scheduleSurvey(caseNumber, "regulatorSamr");
    officers.fileFindings(caseNumber, "regulatorSamr", "rectify", "更衣室无洗手消毒设施");
    officers.recordSurvey(caseNumber, "rectify");
    assertThat(waits(progress(caseNumber, secret).getBody()))
        .contains("等待申请人报告现场勘验整改完成（POST …/survey-rectification）");
    assertThat(((Map) progress(caseNumber, secret).getBody().get("clock")).get("state")).isEqualTo("STOPPED");

    assertThat(errors(post(path, secret, key(), Map.of()))).extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactly("report REQUIRED");
    String key = key();
    ResponseEntity<Map> reported = post(path, secret, key, Map.of("report", "已加装洗手消毒设施"));
    assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(post(path, secret, key, Map.of("report", "已加装洗手消毒设施")).getBody()).isEqualTo(reported.getBody());
    assertThat(caseFiles.opinions(caseNumber)).anySatisfy(o -> assertThat(o.opinion())
        .isEqualTo("申请人报告整改完成：已加装洗手消毒设施"));
    assertThat(post(path, secret, key(), Map.of("report", "再报一次")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theCommitmentPathNeedsTheApplicantsAcceptanceOfTheConditions() {
    Map<String, Object> application = food(USCC);
    application.put("path", "COMMITMENT");
    assertThat(errors(submit(application, files("M01", "M02", "M03", "M04"), key())))
        .extracting(e -> e.get("field") + " " + e.get("code")).containsExactly("application.commitmentAccepted REQUIRED");
    application.put("commitmentAccepted", true);
    ResponseEntity<Map> submitted = submit(application, files("M01", "M02", "M03", "M04"), key());
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) submitted.getBody().get("caseNumber");
    assertThat(engine.getTaskService().getVariable(officers.task(caseNumber, "Task_AcceptApplication").getId(),
        "caseSummary").toString()).contains("网上申请告知承诺，已在线阅知许可条件并签署《行政许可告知承诺书》");
  }

  @Test
  void theOpenApiDescriptionDocumentsTheApplicantsEndpoints() {
    ResponseEntity<Map> answer = rest.withBasicAuth("analyst1", "OneSeal-2026").getForEntity("/v3/api-docs", Map.class);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    Map docs = answer.getBody();
    Map paths = (Map) docs.get("paths");
    assertThat(paths).containsKeys("/api/v1/applicant/applications", "/api/v1/applicant/cases/{caseNumber}",
        "/api/v1/applicant/cases/{caseNumber}/corrections", "/api/v1/applicant/cases/{caseNumber}/supplements",
        "/api/v1/applicant/cases/{caseNumber}/survey-rectification",
        "/api/v1/applicant/cases/{caseNumber}/withdrawal", "/api/v1/cases/{caseNumber}/materials/{id}");
    Map submit = (Map) ((Map) paths.get("/api/v1/applicant/applications")).get("post");
    assertThat(submit.get("summary")).isEqualTo("网上申请（提交申请及材料）");
    assertThat((List<String>) submit.get("tags")).containsExactly("申请人");
    assertThat(submit.get("requestBody").toString()).contains("multipart/form-data", "application", "M01");
  }

  // ---------------------------------------------------------------- a whole case online

  @Test
  void aWholeCaseOnlineFromTheApplicationToTheDeliveredDecision() {
    ResponseEntity<Map> submitted = submit(food(USCC), files("M01", "M02", "M03", "M04"), key());
    String caseNumber = (String) submitted.getBody().get("caseNumber");
    String secret = (String) submitted.getBody().get("querySecret");

    Map progress = progress(caseNumber, secret).getBody();
    assertThat(progress.get("statusLabel")).isEqualTo("已收件");
    assertThat((List<Map>) progress.get("currentStages")).extracting(s -> s.get("name")).containsExactly("受理审查");
    assertThat(((List<Map>) progress.get("currentStages")).get(0).get("due")).isNotNull();
    assertThat((List<Map>) progress.get("materials")).extracting(m -> m.get("materialCode"))
        .containsExactly("M01", "M02", "M03", "M04");
    assertThat(((List<Map>) progress.get("materials")).get(0).get("sha256")).isEqualTo(Sha256.hex(PDF));

    // the window asks for corrections; they come over the API; the window accepts
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "correct",
        "correctionMaterials", org.camunda.spin.Spin.JSON("[\"M04\"]"), "correctionDetails", "规章制度目录不全",
        "correctionWorkingDays", 5L));
    assertThat(progress(caseNumber, secret).getBody().get("status")).isEqualTo("CORRECTION_REQUESTED");
    assertThat(later(caseNumber, secret, "corrections", files("M04"), key()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    officers.complete("window2", caseNumber, "Task_CheckCorrections", Map.of("intakeDecision", "accept"));

    progress = progress(caseNumber, secret).getBody();
    assertThat(progress.get("statusLabel")).isEqualTo("已受理");
    assertThat(((Map) progress.get("clock")).get("state")).isEqualTo("RUNNING");
    assertThat(((Map) progress.get("clock")).get("promisedDue")).isNotNull();

    // officers see and download what was submitted: those with a part in the case
    long material = ((Number) ((List<Map>) progress.get("materials")).get(0).get("id")).longValue();
    String link = "/api/v1/cases/" + caseNumber + "/materials/" + material;
    ResponseEntity<byte[]> byWindow = rest.withBasicAuth("window1", "OneSeal-2026").getForEntity(link, byte[].class);
    assertThat(byWindow.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byWindow.getBody()).isEqualTo(PDF);
    assertThat(byWindow.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(Sha256.hex(PDF));
    assertThat(rest.withBasicAuth("auditor1", "OneSeal-2026").getForEntity(link, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // the reviewer has no task in the case yet; an officer of another bureau does not see it at all
    assertThat(rest.withBasicAuth("reviewer1", "OneSeal-2026").getForEntity(link, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("awindow1", "OneSeal-2026").getForEntity(link, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.withBasicAuth("portal", "OneSeal-Hall-2026").getForEntity(link, Map.class).getStatusCode())
        .isNotEqualTo(HttpStatus.OK);

    officers.passSurvey(caseNumber);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getDescription()).contains(link);
    assertThat(rest.withBasicAuth("reviewer1", "OneSeal-2026").getForEntity(link, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant",
        "decisionOpinion", "准予"));

    // too late to withdraw
    ResponseEntity<Map> late = post("/api/v1/applicant/cases/" + caseNumber + "/withdrawal", secret,
        Map.of("reason", "不需要了"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) late.getBody().get("message")).contains("已作出许可决定");

    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    progress = progress(caseNumber, secret).getBody();
    assertThat(progress.get("statusLabel")).isEqualTo("已送达");
    assertThat(progress.get("licenceNumber")).isNotNull();
    List<Map> notices = (List<Map>) progress.get("notices");
    assertThat(notices).extracting(n -> n.get("kind")).contains("RECEIPT", "CORRECTION", "ACCEPTANCE", "GRANT");
    Map grant = notices.stream().filter(n -> n.get("kind").equals("GRANT")).findFirst().orElseThrow();
    assertThat(text(download((String) grant.get("download"), secret))).contains("准予行政许可决定书", caseNumber,
        (String) progress.get("licenceNumber"));
  }

  @Test
  void theDeficiencyPathHoldsTheGrantUntilTheSupplementsComeOverTheApiAndAreAccepted() {
    Map<String, Object> application = food(residentId("35010219900101002"));
    application.put("path", "DEFICIENCY");
    application.put("deficientMaterials", List.of("M04"));
    application.put("pledgeSigned", true);
    ResponseEntity<Map> submitted = submit(application, files("M01", "M02", "M03"), key());
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseNumber = (String) submitted.getBody().get("caseNumber");
    String secret = (String) submitted.getBody().get("querySecret");
    var task = officers.task(caseNumber, "Task_AcceptApplication");
    assertThat(engine.getTaskService().getVariable(task.getId(), "caseSummary").toString())
        .contains("未收材料：食品安全自查", "网上申请容缺受理，申请容缺：M04 ", "已在线签署《容缺受理承诺书》");

    // the window grants 容缺 as asked
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "deficiency",
        "deficientMaterials", org.camunda.spin.Spin.JSON("[\"M04\"]"), "pledgeSigned", true,
        "supplementWorkingDays", 5L));
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.ACCEPTED);
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant",
        "decisionOpinion", "准予"));

    // decided, but held for the supplements: no licence number, no 决定书, nothing in the regulators' register
    Map progress = progress(caseNumber, secret).getBody();
    assertThat(progress.get("status")).isEqualTo("GRANT_HELD");
    assertThat(progress.get("statusLabel")).isEqualTo("准予许可·待补齐容缺材料后发证");
    assertThat(progress.get("decidedAt")).isNotNull();
    assertThat(progress.get("licenceNumber")).isNull();
    assertThat((String) ((Map) progress.get("hold")).get("materials")).isEqualTo("食品安全自查、从业人员健康管理、进货查验记录等规章制度目录清单");
    assertThat((String) ((Map) progress.get("hold")).get("message")).contains("作出准予行政许可决定",
        "食品安全自查、从业人员健康管理、进货查验记录等规章制度目录清单", "方出具《准予行政许可决定书》");
    assertThat((List<Map>) progress.get("notices")).extracting(n -> n.get("kind")).doesNotContain("GRANT");
    assertThat(noticeKinds(caseNumber, secret)).doesNotContain("GRANT");
    assertThat(waits(progress)).contains("等待申请人补齐容缺材料（POST …/supplements）");
    String holder = residentId("35010219900101002");
    assertThat(register("samr1", holder)).isEmpty();
    ResponseEntity<Map> late = post("/api/v1/applicant/cases/" + caseNumber + "/withdrawal", secret,
        Map.of("reason", "不需要了"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // the supplements come over the API; once the window accepts them the grant is issued
    assertThat(later(caseNumber, secret, "supplements", files("M04"), key()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(progress(caseNumber, secret).getBody().get("licenceNumber")).isNull();
    assertThat(register("samr1", holder)).isEmpty();
    officers.complete("window2", caseNumber, "Task_CheckSupplements", Map.of("supplementsChecked", "accepted"));

    progress = progress(caseNumber, secret).getBody();
    assertThat(progress.get("status")).isEqualTo("GRANTED");
    assertThat(progress).doesNotContainKey("hold");
    String licence = (String) progress.get("licenceNumber");
    assertThat(licence).startsWith("JY2");
    Map grant = ((List<Map>) progress.get("notices")).stream().filter(n -> n.get("kind").equals("GRANT")).findFirst()
        .orElseThrow();
    assertThat(text(download((String) grant.get("download"), secret))).contains("准予行政许可决定书", licence,
        "已补齐补正容缺材料");
    assertThat(register("samr1", holder)).singleElement().satisfies(entry -> {
      assertThat(entry.get("licenceNumber")).isEqualTo(licence);
      assertThat(entry.get("status")).isEqualTo("VALID");
      assertThat(entry.get("caseNumber")).isEqualTo(caseNumber);
    });
    assertThat(officers.task(caseNumber, "Task_IssueLicence")).isNotNull();
  }

  /** The licence register as a regulator reads it, for one holder. */
  List<Map> register(String user, String holderId) {
    ResponseEntity<List> answer = rest.withBasicAuth(user, "OneSeal-2026").getForEntity("/api/v1/licences?holderId="
        + holderId, List.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  List<Object> noticeKinds(String caseNumber, String secret) {
    ResponseEntity<List> answer = portal().exchange("/api/v1/applicant/cases/" + caseNumber + "/notices",
        HttpMethod.GET, new HttpEntity<>(secretHeader(secret)), List.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((List<Map>) answer.getBody()).stream().map(n -> n.get("kind")).toList();
  }

  // ---------------------------------------------------------------- helpers

  static Map<String, Object> food(String applicantId) {
    Map<String, Object> application = new LinkedHashMap<>();
    application.put("itemCode", "FoodBusinessLicence");
    application.put("applicant", Map.of("name", "好味餐饮有限公司", "idType", applicantId.length() == 18
        && Character.isDigit(applicantId.charAt(0)) && applicantId.charAt(8) != 'M' ? "RESIDENT_ID" : "USCC",
        "id", applicantId));
    application.put("contact", Map.of("name", "林晓", "phone", "0512-66881234"));
    application.put("premisesAddress", "姑苏区人民路100号");
    application.put("businessScope", "CATERING");
    return application;
  }

  static Map<String, Object[]> files(String... codes) {
    Map<String, Object[]> files = new LinkedHashMap<>();
    for (String code : codes) {
      files.put(code, new Object[] {MediaType.APPLICATION_PDF_VALUE, PDF});
    }
    return files;
  }

  /** A resident ID with its GB 11643 check character. */
  static String residentId(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  static String key() {
    return UUID.randomUUID().toString();
  }

  TestRestTemplate portal() {
    return rest.withBasicAuth("portal", "OneSeal-Hall-2026");
  }

  ResponseEntity<Map> submit(Map<String, Object> application, Map<String, Object[]> files, String key) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(new MediaType("application", "json", StandardCharsets.UTF_8));
    try {
      parts.add("application", new HttpEntity<>(new com.fasterxml.jackson.databind.ObjectMapper()
          .writeValueAsString(application), json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    addFiles(parts, files);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    return portal().postForEntity("/api/v1/applicant/applications", new HttpEntity<>(parts, headers), Map.class);
  }

  ResponseEntity<Map> later(String caseNumber, String secret, String what, Map<String, Object[]> files, String key) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("note", "已按要求补充");
    addFiles(parts, files);
    HttpHeaders headers = secretHeader(secret);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.set("Idempotency-Key", key);
    return portal().postForEntity("/api/v1/applicant/cases/" + caseNumber + "/" + what,
        new HttpEntity<>(parts, headers), Map.class);
  }

  static void addFiles(MultiValueMap<String, Object> parts, Map<String, Object[]> files) {
    files.forEach((code, file) -> {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.parseMediaType((String) file[0]));
      headers.setContentDisposition(ContentDisposition.formData().name(code)
          .filename(code + ((String) file[0]).replaceAll(".*/", ".").replace("plain", "txt")).build());
      parts.add(code, new HttpEntity<>(file[1], headers));
    });
  }

  ResponseEntity<Map> post(String path, String secret, Map<String, Object> body) {
    return post(path, secret, null, body);
  }

  ResponseEntity<Map> post(String path, String secret, String key, Map<String, Object> body) {
    HttpHeaders headers = secretHeader(secret);
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    return portal().postForEntity(path, new HttpEntity<>(body, headers), Map.class);
  }

  ResponseEntity<Map> progress(String caseNumber, String secret) {
    return portal().exchange("/api/v1/applicant/cases/" + caseNumber, HttpMethod.GET,
        new HttpEntity<>(secretHeader(secret)), Map.class);
  }

  byte[] download(String path, String secret) {
    ResponseEntity<byte[]> pdf = portal().exchange(path, HttpMethod.GET, new HttpEntity<>(secretHeader(secret)),
        byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    return pdf.getBody();
  }

  static HttpHeaders secretHeader(String secret) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Query-Secret", secret);
    return headers;
  }

  static List<Map> errors(ResponseEntity<Map> answer) {
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return (List<Map>) answer.getBody().get("errors");
  }

  static List<Object> waits(Map progress) {
    return ((List<Map>) progress.get("currentStages")).stream().map(s -> s.get("name")).toList();
  }

  long cases() {
    return jdbc.queryForObject("select count(*) from case_file", Long.class);
  }

  static String text(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
