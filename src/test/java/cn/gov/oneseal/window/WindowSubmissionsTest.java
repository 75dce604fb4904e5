package cn.gov.oneseal.window;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The window records the applicant's corrections at the counter: only the window of the case's bureau, only while
 * the case waits for them, once; the refusals write nothing.
 */
class WindowSubmissionsTest extends CaseTest {

  @Autowired TestRestTemplate rest;

  private String correcting() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    Map<String, Object> application = Applications.of("M01", "M02");
    application.put("businessScope", "FOOD_SALES");
    String caseNumber = officers.register("window1", application).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "correct",
        "correctionMaterials", Spin.JSON("[\"M03\",\"M04\"]"), "correctionDetails", "缺少经营布局和操作流程文件",
        "correctionWorkingDays", 5L));
    return caseNumber;
  }

  private ResponseEntity<Map> post(String user, String caseNumber, Object body) {
    return rest.withBasicAuth(user, "OneSeal-2026").postForEntity("/api/v1/cases/" + caseNumber + "/corrections",
        body, Map.class);
  }

  @Test
  void theWindowOfTheCasesBureauRecordsTheCorrectionsOnce() {
    String caseNumber = correcting();
    int opinions = caseFiles.opinions(caseNumber).size();

    assertThat(post("reviewer1", caseNumber, Map.of("note", "补交了平面图")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("awindow1", caseNumber, Map.of("note", "补交了平面图")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post("window1", "32050020260302C000000X", Map.of("note", "补交了平面图")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> empty = post("window1", caseNumber, Map.of("note", " "));
    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) empty.getBody().get("errors"))
        .containsExactly(Map.of("field", "note", "code", "REQUIRED", "message", "请填写收到的补正材料及说明"));
    ResponseEntity<Map> tooLong = post("window1", caseNumber, Map.of("note", "图".repeat(2001)));
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(caseFiles.opinions(caseNumber)).as("a refusal writes nothing").hasSize(opinions);
    assertThat(officers.task(caseNumber, "Task_CheckCorrections")).isNull();

    ResponseEntity<Map> recorded = post("window1", caseNumber, Map.of("note", "补交了经营场所平面图和规章制度目录"));
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody()).containsEntry("recordedBy", "window1").containsEntry("recorded", "补正材料");
    assertThat(officers.task(caseNumber, "Task_CheckCorrections")).as("the window checks them next").isNotNull();
    Opinion note = caseFiles.opinions(caseNumber).get(caseFiles.opinions(caseNumber).size() - 1);
    assertThat(note.officerId()).isEqualTo("window1");
    assertThat(note.opinion()).isEqualTo("申请人到窗口提交补正材料：补交了经营场所平面图和规章制度目录");

    ResponseEntity<Map> again = post("window1", caseNumber, Map.of("note", "又交了一份"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).containsEntry("code", "NOT_WAITING");
  }
}
