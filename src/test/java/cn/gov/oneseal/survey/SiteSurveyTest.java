package cn.gov.oneseal.survey;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.SupervisionSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.NoticeTexts;
import cn.gov.oneseal.window.WindowSubmission;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * 联合现场勘验 of a food case accepted on Monday 2026-03-02 (survey limit 3 WD: due at the end of 03-05):
 * scheduling, parallel findings with an absent department (缺席默认), pass, rectify with the clock stopped
 * and a re-survey, rectification overdue, fail, the record's rules, cards, and the attachments.
 */
class SiteSurveyTest extends CaseTest {

  static final String SAMR = "regulatorSamr";
  static final String EXPERT = "surveyExpert";

  @Autowired SiteSurveys surveys;
  @Autowired ClockService clocks;
  @Autowired NoticeService notices;
  @Autowired SupervisionSweep sweep;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  ProcessInstance accepted() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return pi;
  }

  ProcessInstance stage(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("Stage_SiteSurvey").singleResult();
  }

  Map<String, Object> schedule(String date, String... groups) {
    Map<String, Object> form = new HashMap<>();
    form.put("surveyDate", date);
    form.put("surveyParticipants", Spin.JSON(List.of(groups)));
    form.put("surveyExperts", List.of(groups).contains(EXPERT) ? "方毅" : "");
    form.put("applicantAppointment", "已电话预约，法定代表人到场");
    form.put("applicantNotified", true);
    return form;
  }

  Map<String, Object> record(String result) {
    Map<String, Object> form = new HashMap<>(Map.of("surveyResult", result, "surveyStaff", "孙浩、钱多",
        "leadFindings", "后厨布局与平面图一致", "applicantConfirmed", true));
    return form;
  }

  void fires(String caseNumber, Date expectedDue) {
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(stage(caseNumber).getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(expectedDue);
    ClockUtil.setCurrentTime(new Date(expectedDue.getTime() + 60_000));
    engine.getManagementService().executeJob(timer.getId());
  }

  void runAsyncStep(String caseNumber) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(stage(caseNumber).getId())
        .messages().singleResult();
    engine.getManagementService().executeJob(job.getId());
  }

  void rectify(String caseNumber, String days) {
    Map<String, Object> form = record("rectify");
    form.put("rectificationRequirements", "更衣室未设洗手消毒设施");
    form.put("rectificationDays", days);
    officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", form);
  }

  void reportRectified(String caseNumber) {
    officers.hand("window1", caseNumber, WindowSubmission.SURVEY_RECTIFICATION, Map.of("report", "已加装洗手消毒设施，附照片"));
    runAsyncStep(caseNumber);
  }

  @Test
  void aDepartmentThatStaysAwayIsRecordedAsAgreeing() {
    ProcessInstance pi = accepted();
    String caseNumber = pi.getBusinessKey();
    assertThat(officers.task(caseNumber, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2026, 3, 5));
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-03", SAMR, EXPERT));

    // both participants work in parallel, each until the end of the visit day
    assertThat(officers.participantTask(caseNumber, SAMR).getDueDate()).isEqualTo(endOf(2026, 3, 3));
    assertThat(officers.participantTask(caseNumber, EXPERT)).isNotNull();
    officers.fileFindings(caseNumber, EXPERT, "agree", "操作流程合理，生熟分开");
    assertThat(officers.task(caseNumber, "Task_RecordSurveyFindings")).isNull();

    fires(caseNumber, endOf(2026, 3, 3));

    var record = officers.task(caseNumber, "Task_RecordSurveyFindings");
    assertThat(record.getDueDate()).isEqualTo(endOf(2026, 3, 5));
    assertThat((String) engine.getTaskService().getVariable(record.getId(), "participantFindingsSummary"))
        .contains("聘请专家（食品安全）【符合条件】操作流程合理，生熟分开")
        .contains("市场监督管理局（食品安全监管）【缺席，视为同意】逾期未提交勘验意见");
    officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", record("pass"));

    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    assertThat(pi).variables().containsEntry("surveyResult", "pass");
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "surveyFindings"))
        .contains("勘验人员：孙浩、钱多").contains("缺席，视为同意").contains("申请人签字确认");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.SURVEYED);
    SiteSurveys.Survey survey = surveys.require(caseNumber);
    assertThat(survey.participants()).containsExactly(SAMR, EXPERT);
    assertThat(survey.result()).isEqualTo("pass");
    assertThat(survey.applicantConfirmed()).isTrue();
    assertThat(surveys.findings(survey.id())).extracting(SiteSurveys.Finding::participantGroup,
        SiteSurveys.Finding::opinion).containsExactly(
            org.assertj.core.groups.Tuple.tuple(EXPERT, "agree"),
            org.assertj.core.groups.Tuple.tuple(SAMR, SiteSurveys.DEEMED_AGREE));
  }

  @Test
  void rectificationStopsTheClockAndEndsInAResurvey() throws Exception {
    ProcessInstance pi = accepted();
    String caseNumber = pi.getBusinessKey();
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-02", SAMR));
    officers.fileFindings(caseNumber, SAMR, "rectify", "更衣室无洗手消毒设施");
    rectify(caseNumber, "10");

    // told in writing, the clock stopped: 10 WD from 03-02 is 03-16
    assertThat(clocks.clock(caseNumber).state()).isEqualTo(ClockService.STOPPED);
    assertThat(NoticeTexts.of(notices, caseNumber, NoticeKind.SURVEY_RECTIFICATION))
        .contains("更衣室未设洗手消毒设施").contains("2026年3月16日前").contains("整改期间不计入审批时限");
    assertThat(engine.getManagementService().createJobQuery().timers().processInstanceId(stage(caseNumber).getId())
        .singleResult().getDuedate()).isEqualTo(endOf(2026, 3, 16));

    // a report that says nothing is refused and changes nothing
    assertThatThrownBy(() -> officers.hand("window1", caseNumber, WindowSubmission.SURVEY_RECTIFICATION,
        Map.of("report", " "))).isInstanceOf(ApiException.class).hasMessageContaining("请填写整改情况说明");
    assertThat(clocks.clock(caseNumber).state()).isEqualTo(ClockService.STOPPED);

    // five working days later the applicant reports; the clock runs again, five days later
    ClockUtil.setCurrentTime(shanghai(2026, 3, 9, 10, 0, 0));
    reportRectified(caseNumber);
    assertThat(clocks.clock(caseNumber).state()).isEqualTo(ClockService.RUNNING);
    assertThat(clocks.clock(caseNumber).pausedDays()).isEqualTo(5);
    assertThat(surveys.rounds(caseNumber)).extracting(SiteSurveys.Survey::rectificationOutcome)
        .containsExactly(SurveyRectification.RECTIFIED, null);

    // the re-survey is a new round with its own 3 WD
    assertThat(officers.task(caseNumber, "Task_ScheduleSurvey").getDueDate()).isEqualTo(endOf(2026, 3, 12));
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-10", SAMR));
    officers.fileFindings(caseNumber, SAMR, "agree", "已整改到位");
    officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", record("pass"));
    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    assertThat(surveys.require(caseNumber).round()).isEqualTo(2);
  }

  @Test
  void aDepartmentDeemedToAgreeCannotAskForAnotherVisit() {
    String caseNumber = accepted().getBusinessKey();
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-02", SAMR, EXPERT));
    officers.fileFindings(caseNumber, EXPERT, "rectify", "缺少洗手消毒设施");
    fires(caseNumber, endOf(2026, 3, 2));
    rectify(caseNumber, "5");
    reportRectified(caseNumber);

    var second = officers.task(caseNumber, "Task_ScheduleSurvey");
    assertThat(engine.getTaskService().getVariable(second.getId(), SurveyRounds.OPTIONS).toString())
        .contains(EXPERT).doesNotContain(SAMR);
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey",
        schedule("2026-03-04", SAMR, EXPERT)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("不得再要求另行勘验");
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-04", EXPERT));
    assertThat(officers.participantTask(caseNumber, SAMR)).isNull();
    assertThat(officers.participantTask(caseNumber, EXPERT)).isNotNull();
  }

  @Test
  void rectificationNotReportedInTimeFailsTheSurvey() {
    ProcessInstance pi = accepted();
    String caseNumber = pi.getBusinessKey();
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-02", SAMR));
    officers.fileFindings(caseNumber, SAMR, "rectify", "无更衣设施");
    rectify(caseNumber, "5");

    fires(caseNumber, endOf(2026, 3, 9));
    runAsyncStep(caseNumber);

    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    assertThat(pi).variables().containsEntry("surveyResult", "fail");
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "surveyFindings")).contains("逾期未整改");
    assertThat(clocks.clock(caseNumber).state()).isEqualTo(ClockService.RUNNING);
    assertThat(surveys.require(caseNumber).rectificationOutcome()).isEqualTo(SurveyRectification.OVERDUE);
  }

  @Test
  void aFailedSurveyGoesToReviewWithTheFindings() {
    ProcessInstance pi = accepted();
    String caseNumber = pi.getBusinessKey();
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-02", SAMR));
    officers.fileFindings(caseNumber, SAMR, "disagree", "经营场所与住宅混用");
    officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", record("fail"));
    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    assertThat(pi).variables().containsEntry("surveyResult", "fail");
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "surveyFindings"))
        .contains("【不符合条件】经营场所与住宅混用");
  }

  @Test
  void theLeadMustScheduleWithinTheLimitAndRecordTwoStaffAndTheApplicantsSignature() {
    String caseNumber = accepted().getBusinessKey();
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey",
        schedule("2026-03-06", SAMR))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("勘验日期须在 2026-03-02 至 2026-03-05（勘验时限） 之间");
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey",
        schedule("2026-03-03"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("请至少邀请一个部门或专家");
    Map<String, Object> noExpertNames = schedule("2026-03-03", EXPERT);
    noExpertNames.put("surveyExperts", "");
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", noExpertNames))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("聘请专家的姓名");
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey",
        schedule("2026-03-03", "regulatorNhc"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("不是本事项可参加勘验的部门或专家");

    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-02", SAMR));
    officers.fileFindings(caseNumber, SAMR, "agree", "符合");
    Map<String, Object> oneStaff = record("pass");
    oneStaff.put("surveyStaff", "孙浩");
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", oneStaff))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("至少两名");
    Map<String, Object> unsigned = record("pass");
    unsigned.put("applicantConfirmed", false);
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", unsigned))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("申请人签字");
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings",
        record("rectify"))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("整改要求").hasMessageContaining("整改期限");
    assertThat(surveys.require(caseNumber).recordedAt()).isNull();
    assertThat(clocks.clock(caseNumber).state()).isEqualTo(ClockService.RUNNING);
  }

  @Test
  void aSurveyPastItsLimitRaisesARedCardOnTheLead() {
    String caseNumber = accepted().getBusinessKey();
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 9, 0, 0));
    List<Card> cards = sweep.sweep().stream().filter(c -> c.caseNumber().equals(caseNumber))
        .filter(c -> c.kind() == CardKind.RED).toList();
    assertThat(cards).filteredOn(c -> "Task_ScheduleSurvey".equals(
            engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(c.taskId()).singleResult()
                .getTaskDefinitionKey()))
        .singleElement().satisfies(card -> {
          assertThat(card.kind()).isEqualTo(CardKind.RED);
          assertThat(card.responsibleGroup()).isEqualTo("surveyLead");
          assertThat(card.deadline().toInstant()).isEqualTo(endOf(2026, 3, 5).toInstant());
        });
    // late, the lead must still visit at once: Friday 03-06 or Monday 03-09, not later
    assertThatThrownBy(() -> officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey",
        schedule("2026-03-10", SAMR))).isInstanceOf(FormValidationException.class)
        .hasMessageContaining("已超过勘验时限 2026-03-05，须立即安排");
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-09", SAMR));
    assertThat(officers.participantTask(caseNumber, SAMR).getDueDate()).isEqualTo(endOf(2026, 3, 9));
  }

  ResponseEntity<Map> upload(String user, String caseNumber, String fileName, MediaType type, byte[] content) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(type);
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    }, partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "OneSeal-2026").postForEntity("/api/v1/cases/" + caseNumber
        + "/survey/attachments", new HttpEntity<>(body, headers), Map.class);
  }

  @Test
  void photosAreSharedWithTheRecord() {
    String caseNumber = accepted().getBusinessKey();
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-02", SAMR));
    byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};

    ResponseEntity<Map> stored = upload("samr1", caseNumber, "后厨.jpg", MediaType.IMAGE_JPEG, photo);
    assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(stored.getBody().get("sha256")).isEqualTo(cn.gov.oneseal.casefile.Sha256.hex(photo));
    ResponseEntity<Map> wrongType = upload("samr1", caseNumber, "说明.exe", MediaType.APPLICATION_OCTET_STREAM, photo);
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) wrongType.getBody().get("message")).contains("附件只能是 JPEG、PNG 图片或 PDF 文件");
    assertThat(wrongType.getBody().get("errors").toString()).contains("INVALID_TYPE");
    assertThat(upload("nhc1", caseNumber, "x.jpg", MediaType.IMAGE_JPEG, photo).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("samr1", "3205002026030200000X", "x.jpg", MediaType.IMAGE_JPEG, photo).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    officers.fileFindings(caseNumber, SAMR, "agree", "符合");
    officers.complete("surveylead1", caseNumber, "Task_RecordSurveyFindings", record("pass"));
    assertThat(surveys.require(caseNumber).findings()).isNotNull();
    var pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("FoodBusinessLicence").singleResult();
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "surveyFindings")).contains("附件：后厨.jpg");

    // the record is filed: no more uploads; the auditor reads the photo
    assertThat(upload("surveylead1", caseNumber, "补拍.jpg", MediaType.IMAGE_JPEG, photo).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    ResponseEntity<byte[]> download = rest.withBasicAuth("auditor1", "OneSeal-2026").getForEntity(
        "/api/v1/cases/" + caseNumber + "/survey/attachments/" + stored.getBody().get("id"), byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(photo);
  }

  @Test
  void anAttachmentIsJudgedByItsContentNotByTheTypeItDeclares() {
    String caseNumber = accepted().getBusinessKey();
    officers.complete("surveylead1", caseNumber, "Task_ScheduleSurvey", schedule("2026-03-02", SAMR));
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    for (ResponseEntity<Map> refused : List.of(
        upload("samr1", caseNumber, "后厨.jpg", MediaType.IMAGE_JPEG, program),
        upload("samr1", caseNumber, "平面图.pdf", MediaType.APPLICATION_PDF, png),
        upload("surveylead1", caseNumber, "空.png", MediaType.IMAGE_PNG, new byte[] {(byte) 0x89, 'P'}))) {
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("errors").toString()).contains("INVALID_TYPE", "声明的类型须与文件内容一致");
    }
    assertThat(surveys.attachmentsOfCase(caseNumber)).isEmpty();

    // a PNG declared as such is taken, whatever its name; a type with parameters is read without them
    assertThat(upload("samr1", caseNumber, "现场", MediaType.IMAGE_PNG, png).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(upload("samr1", caseNumber, "现场2.png", MediaType.parseMediaType("image/PNG; name=x"), png)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(surveys.attachmentsOfCase(caseNumber)).extracting(SiteSurveys.Attachment::contentType)
        .containsOnly("image/png");
  }
}
