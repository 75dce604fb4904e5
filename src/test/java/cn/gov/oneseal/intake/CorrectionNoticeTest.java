package cn.gov.oneseal.intake;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.window.WindowSubmission;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 一次性告知: one notice listing every correction with a deadline; corrections or 视为放弃. */
class CorrectionNoticeTest extends CaseTest {

  @Autowired NoticeService notices;

  ProcessInstance correctionRequested() {
    ClockUtil.setCurrentTime(shanghai(2025, 9, 26, 10, 0, 0));
    Map<String, Object> application = Applications.of("M01", "M02");
    application.put("businessScope", "FOOD_SALES");
    ProcessInstance pi = officers.register("window1", application);
    assertThatThrownBy(() -> officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication",
        Map.of("intakeDecision", "correct")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("需要补正的全部内容必填")
        .hasMessageContaining("补正期限");
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "correct",
        "correctionMaterials", Spin.JSON("[\"M03\",\"M04\"]"),
        "correctionDetails", "缺少经营布局和操作流程文件、规章制度目录清单", "correctionWorkingDays", 5L));
    return pi;
  }

  @Test
  void theNoticeListsEveryCorrectionAndTheDeadline() throws Exception {
    ProcessInstance pi = correctionRequested();
    String caseNumber = pi.getBusinessKey();
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
    Notice notice = notices.ofCase(caseNumber).stream().filter(n -> n.kind() == NoticeKind.CORRECTION).findFirst()
        .orElseThrow();
    try (var pdf = Loader.loadPDF(notices.content(caseNumber, notice.id()).orElseThrow())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
      // 5 WD from 09-26: 09-28, 09-29, 09-30, 10-09, 10-10
      assertThat(text).contains("补正告知书", "一次性告知需要补正的全部内容", "主要设备设施、经营布局、操作流程等文件",
          "规章制度目录清单", "2025年10月10日前提交补正材料", "视为放弃行政许可申请", caseNumber);
    }

    // the applicant's corrections arrive; the window checks them and accepts
    ClockUtil.setCurrentTime(shanghai(2025, 10, 9, 9, 0, 0));
    officers.hand("window1", caseNumber, WindowSubmission.CORRECTIONS, Map.of("note", "补交了场所平面图"));
    assertThatThrownBy(() -> officers.complete("window2", caseNumber, "Task_CheckCorrections",
        Map.of("intakeDecision", "correct", "correctionDetails", "再补", "correctionWorkingDays", 3L)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("补正告知只能作出一次");
    officers.complete("window2", caseNumber, "Task_CheckCorrections", Map.of("intakeDecision", "accept"));
    assertThat(pi).isWaitingAt("CallActivity_SiteSurvey");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.ACCEPTED);
    // the clock runs from the acceptance after the corrections (10-09): 10-10, 10-11 (make-up), 10-13 … 10-16
    assertThat(caseFiles.get(caseNumber).promisedDue().toInstant()).isEqualTo(endOf(2025, 10, 16).toInstant());
  }

  @Test
  void noCorrectionsByTheDeadlineMeansTheApplicationIsWithdrawn() {
    ProcessInstance pi = correctionRequested();
    String caseNumber = pi.getBusinessKey();
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
            .processDefinitionKey("Stage_Intake").singleResult().getId()).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(endOf(2025, 10, 10));
    ClockUtil.setCurrentTime(shanghai(2025, 10, 11, 0, 0, 1));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn").hasNotPassed("CallActivity_SiteSurvey");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.WITHDRAWN);
    assertThat(caseFiles.get(caseNumber).outcomeReasons()).contains("视为放弃");
  }
}
