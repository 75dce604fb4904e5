package cn.gov.oneseal.clock;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The reviewer stops the clock for a special procedure and asks for the one extension, in the forms. */
class ClockProcessTest extends CaseTest {

  @Autowired ClockService clocks;
  @Autowired TestRestTemplate rest;



  ProcessInstance atReview() {
    ClockUtil.setCurrentTime(shanghai(2025, 9, 26, 10, 0, 0));
    ProcessInstance pi = officers.register("window1", Applications.food());
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(pi.getBusinessKey());
    return pi;
  }

  @Test
  void aSpecialProcedureStopsTheClockWhileItsTaskIsOpen() {
    ProcessInstance pi = atReview();
    String caseNumber = pi.getBusinessKey();
    assertThatThrownBy(() -> officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "special", "specialProcedure", "EXPERT_REVIEW")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("预计所需工作日")
        .hasMessageContaining("书面告知申请人");

    ClockUtil.setCurrentTime(shanghai(2025, 9, 29, 10, 0, 0));
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewAction", "special",
        "specialProcedure", "EXPERT_REVIEW", "expectedWorkingDays", 5L, "specialNoticeGiven", true));
    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_SpecialProcedure");
    assertThat(clocks.clock(caseNumber).state()).isEqualTo(ClockService.STOPPED);
    Task special = officers.task(caseNumber, "Task_SpecialProcedure");
    assertThat(special).hasCandidateGroup("reviewer");
    // expected end: 5 WD from 09-29 → 09-30, 10-09, 10-10, 10-11, 10-13
    assertThat(special.getDueDate()).isEqualTo(endOf(2025, 10, 13));

    ClockUtil.setCurrentTime(shanghai(2025, 10, 10, 15, 0, 0));
    officers.complete("reviewer1", caseNumber, "Task_SpecialProcedure", Map.of("specialProcedureResult", "专家组意见：同意"));
    CaseClock resumed = clocks.clock(caseNumber);
    assertThat(resumed.state()).isEqualTo(ClockService.RUNNING);
    assertThat(resumed.pausedDays()).isEqualTo(3);
    assertThat(resumed.promisedDue()).isEqualTo(LocalDate.of(2025, 10, 15));
    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");

    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewAction", "complete",
        "reviewRecommendation", "grant", "reviewOpinion", "专家评审通过"));
    assertThat(pi).isWaitingAt("CallActivity_Decision");
    assertThat(stages.of(pi, "Stage_Review")).isEnded().hasPassed("Task_SpecialProcedure", "EndEvent_Reviewed")
        .hasNotPassed("Task_ApproveExtension");

    // the clock as officers read it
    ResponseEntity<Map> shown = rest.withBasicAuth("reviewer2", "OneSeal-2026")
        .getForEntity("/api/v1/cases/" + caseNumber + "/clock", Map.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).containsEntry("state", "RUNNING").containsEntry("promisedDue", "2025-10-15")
        .containsEntry("statutoryDue", "2025-10-21").containsEntry("pausedDays", 3).containsEntry("usedDays", 2)
        .containsEntry("promisedRemaining", 4);
    assertThat((List<Map<String, Object>>) shown.getBody().get("stops")).singleElement()
        .satisfies(stop -> assertThat(stop).containsEntry("reason", "EXPERT_REVIEW").containsEntry("pausedDays", 3));
    assertThat(rest.withBasicAuth("awindow1", "OneSeal-2026").getForEntity("/api/v1/cases/" + caseNumber + "/clock",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/v1/cases/" + caseNumber + "/clock", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theBureauHeadApprovesTheOneExtension() {
    ProcessInstance pi = atReview();
    String caseNumber = pi.getBusinessKey();
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "extension", "extensionReason", "需补充核查冷链设施"));
    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ApproveExtension");
    assertThat(officers.task(caseNumber, "Task_ApproveExtension")).hasCandidateGroup("bureauHead");
    assertThatThrownBy(() -> officers.complete("head1", caseNumber, "Task_ApproveExtension",
        Map.of("extensionApproved", "approve", "extensionOpinion", "同意")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("书面告知申请人延期理由");
    officers.complete("head1", caseNumber, "Task_ApproveExtension",
        Map.of("extensionApproved", "approve", "extensionOpinion", "同意延期 5 个工作日", "extensionNoticeGiven", true));

    CaseClock clock = clocks.clock(caseNumber);
    assertThat(clock.promisedDue()).isEqualTo(LocalDate.of(2025, 10, 11));
    assertThat(clock.statutoryDue()).isEqualTo(LocalDate.of(2025, 10, 23));
    assertThat(caseFiles.get(caseNumber).statutoryDue().toInstant()).isEqualTo(endOf(2025, 10, 23).toInstant());
    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");

    assertThatThrownBy(() -> officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "extension", "extensionReason", "再延")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("每件只能延期一次");
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication", Map.of("reviewAction", "complete",
        "reviewRecommendation", "grant", "reviewOpinion", "符合"));
    assertThat(pi).isWaitingAt("CallActivity_Decision");
    assertThat(stages.of(pi, "Stage_Review")).isEnded().hasPassed("Task_ApproveExtension", "EndEvent_Reviewed")
        .hasNotPassed("Task_SpecialProcedure");
  }

  @Test
  void anItemWithoutExtensionRefusesTheRequest() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    ProcessInstance pi = officers.register("window1", "ConstructionPermit",
        Applications.of("M01", "M02", "M03", "M04", "M05", "M06", "M07"));
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    assertThatThrownBy(() -> officers.complete("reviewer1", pi.getBusinessKey(), "Task_ReviewApplication",
        Map.of("reviewAction", "extension", "extensionReason", "需要更多时间")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("依法不得延长办理期限");
  }
}
