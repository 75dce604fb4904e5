package cn.gov.oneseal.handover;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.WebappSession;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist's own assignee change and {@code /engine-rest}'s obey the rules of 转办 and are recorded as 改派; who may
 * change an assignee is unchanged (administrators, not officers); a candidate's claim keeps working and is no 改派.
 */
class EngineReassignTest extends HandoverTest {

  private String unclaimedReview() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    engine.getTaskService().setAssignee(taskId, null);
    return caseNumber;
  }

  @Test
  void aCandidatesClaimIsNoReassignment() {
    String caseNumber = unclaimedReview();
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    // an administrator's claim for someone else is a change of officer like any other
    ResponseEntity<String> forWindow = send("admin", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/claim",
        "{\"userId\":\"window1\"}");
    assertThat(forWindow.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forWindow.getBody()).contains("只能转给本岗位");
    assertThat(send("reviewer2", HttpMethod.POST, "/engine-rest/task/" + review.getId() + "/claim",
        "{\"userId\":\"reviewer2\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer2");
    assertThat(handovers.ofCase(caseNumber)).isEmpty();
  }

  @Test
  void officersStillCannotChangeAnAssignee() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    assertThat(send("reviewer1", HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\":\"reviewer2\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("reviewer1", HttpMethod.POST, "/engine-rest/task/" + taskId + "/delegate",
        "{\"userId\":\"reviewer2\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    assertThat(handovers.ofCase(caseNumber)).isEmpty();
  }

  @Test
  void anAdministratorsChangeOutsideTheGroupOrBureauIsRefused() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    for (String[] attempt : new String[][] {{"POST", "/assignee"}, {"POST", "/delegate"}}) {
      ResponseEntity<String> otherGroup = send("admin", HttpMethod.valueOf(attempt[0]), "/engine-rest/task/" + taskId
          + attempt[1], "{\"userId\":\"window1\"}");
      assertThat(otherGroup.getStatusCode()).as(attempt[0] + attempt[1]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(otherGroup.getBody()).contains("改派未获准", "只能转给本岗位（审查员）的工作人员");
      ResponseEntity<String> otherBureau = send("admin", HttpMethod.valueOf(attempt[0]), "/engine-rest/task/" + taskId
          + attempt[1], "{\"userId\":\"areviewer1\"}");
      assertThat(otherBureau.getStatusCode()).as(attempt[0] + attempt[1]).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(otherBureau.getBody()).contains("只能转给本局");
    }
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    assertThat(handovers.ofCase(caseNumber)).isEmpty();
  }

  @Test
  void anAdministratorsChangeIsRecordedAsReassignment() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    assertThat(send("admin", HttpMethod.POST, "/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\":\"reviewer2\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer2");
    assertThat(handovers.ofCase(caseNumber)).singleElement().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(HandoverKind.REASSIGN);
      assertThat(h.from()).isEqualTo("reviewer1");
      assertThat(h.to()).isEqualTo("reviewer2");
      assertThat(h.actedBy()).isEqualTo("admin");
    });
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries())
        .anySatisfy(e -> assertThat(e.type()).isEqualTo("改派"));
  }

  @Test
  void tasklistsOwnApiObeysTheSameRules() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    WebappSession admin = WebappSession.login(rest, "tasklist", "admin", PASSWORD);
    ResponseEntity<String> refused = admin.postJson("/camunda/api/engine/engine/default/task/" + taskId
        + "/assignee", "{\"userId\":\"window1\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("只能转给本岗位");
    assertThat(admin.postJson("/camunda/api/engine/engine/default/task/" + taskId + "/assignee",
        "{\"userId\":\"reviewer2\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(handovers.ofCase(caseNumber)).singleElement()
        .satisfies(h -> assertThat(h.kind()).isEqualTo(HandoverKind.REASSIGN));
    // the Tasklist plugin's own REST: the officer's transfer, with its rules
    WebappSession reviewer2 = WebappSession.login(rest, "tasklist", "reviewer2", PASSWORD);
    String plugin = "/camunda/api/tasklist/plugin/oneseal-handover/default/tasks/" + taskId;
    assertThat(reviewer2.get(plugin).getBody()).contains("\"mayTransfer\":true", "王强（reviewer1）", "改派");
    ResponseEntity<String> noReason = reviewer2.postJson(plugin + "/transfer", "{\"to\":\"reviewer1\"}");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("请填写转办理由");
    assertThat(reviewer2.postJson(plugin + "/transfer", "{\"to\":\"reviewer1\",\"reason\":\"还给王强\"}")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    WebappSession window1 = WebappSession.login(rest, "tasklist", "window1", PASSWORD);
    assertThat(window1.get(plugin).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(window1.postJson(plugin + "/transfer", "{\"to\":\"window2\",\"reason\":\"x\"}").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
