package cn.gov.oneseal.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 转办 over the bureau's API: the rules, each tried with the attack itself, the record and the timeline. */
class TransferTest extends HandoverTest {

  @Test
  void theAssigneeTransfersToAColleagueWithAReason() {
    String caseNumber = reviewClaimedByReviewer1();
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    ResponseEntity<String> candidates = send("reviewer1", HttpMethod.GET,
        "/api/v1/tasks/" + review.getId() + "/transfer-candidates", null);
    assertThat(candidates.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(candidates.getBody()).contains("reviewer2", "赵磊").doesNotContain("reviewer1", "areviewer1", "window1");

    ResponseEntity<String> done = transfer("reviewer1", review.getId(), "reviewer2", "本人明日起外出培训");
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(done.getBody()).contains("\"kind\":\"TRANSFER\"", "本人明日起外出培训", "赵磊（reviewer2）");
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer2");
    assertThat(handovers.ofCase(caseNumber)).singleElement().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(HandoverKind.TRANSFER);
      assertThat(h.from()).isEqualTo("reviewer1");
      assertThat(h.to()).isEqualTo("reviewer2");
      assertThat(h.reason()).isEqualTo("本人明日起外出培训");
      assertThat(h.bureau()).isEqualTo("city");
      assertThat(h.taskId()).isEqualTo(review.getId());
    });
    // the colleague sees it in their tasks, with the reason
    assertThat(send("reviewer2", HttpMethod.GET, "/engine-rest/task?assignee=reviewer2&processInstanceBusinessKey="
        + caseNumber, null).getBody()).contains(review.getId());
    ResponseEntity<String> seen = send("reviewer2", HttpMethod.GET, "/api/v1/tasks/" + review.getId() + "/handovers",
        null);
    assertThat(seen.getBody()).contains("\"mayTransfer\":true", "本人明日起外出培训", "王强（reviewer1）");
    // and on the case's timeline
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("转办");
      assertThat(e.detail()).contains("reviewer1 → reviewer2", "本人明日起外出培训");
      assertThat(e.officer()).contains("reviewer1");
    });
    // and reviewer2 can complete it
    officers.complete("reviewer2", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    assertThat(officers.task(caseNumber, "Task_DecideApplication")).isNotNull();
  }

  @Test
  void onlyTheAssigneeMayTransfer() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    ResponseEntity<String> refused = transfer("reviewer2", taskId, "reviewer2", "我来办");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("只有任务的办理人才能转办");
    // not a candidate of the task: as if it did not exist
    assertThat(transfer("window1", taskId, "window2", "试试").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // another bureau's officer does not see it at all
    assertThat(transfer("areviewer1", taskId, "areviewer1", "试试").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("areviewer1", HttpMethod.GET, "/api/v1/tasks/" + taskId + "/transfer-candidates", null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    assertThat(handovers.ofCase(caseNumber)).isEmpty();
  }

  @Test
  void notOutsideTheGroupOrTheBureauNorToOneselfNorWithoutAReason() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    ResponseEntity<String> otherGroup = transfer("reviewer1", taskId, "window1", "窗口帮忙");
    assertThat(otherGroup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherGroup.getBody()).contains("只能转给本岗位（审查员）的工作人员", "\"field\":\"to\"");
    ResponseEntity<String> otherBureau = transfer("reviewer1", taskId, "areviewer1", "甲县帮忙");
    assertThat(otherBureau.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(otherBureau.getBody()).contains("只能转给本局", "不属于本局");
    ResponseEntity<String> self = transfer("reviewer1", taskId, "reviewer1", "自己");
    assertThat(self.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(self.getBody()).contains("不能转办给自己");
    ResponseEntity<String> noReason = transfer("reviewer1", taskId, "reviewer2", "  ");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("请填写转办理由");
    ResponseEntity<String> nobody = transfer("reviewer1", taskId, "nosuchofficer", "无");
    assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(nobody.getBody()).contains("没有用户名为 nosuchofficer 的工作人员");
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    assertThat(handovers.ofCase(caseNumber)).isEmpty();
  }

  @Test
  void theReviewerCannotReceiveTheDecision() {
    String caseNumber = reviewClaimedByReviewer1();
    Task decide = decisionClaimedByDecider1(caseNumber);
    // reviewer1 is made a decider too: 一审一核 still keeps the decision from them
    engine.getIdentityService().createMembership("reviewer1", "decider");
    try {
      ResponseEntity<String> refused = transfer("decider1", decide.getId(), "reviewer1", "请王强决定");
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).contains("一审一核", "\"field\":\"to\"");
    } finally {
      engine.getIdentityService().deleteMembership("reviewer1", "decider");
    }
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getAssignee()).isEqualTo("decider1");
    assertThat(handovers.ofCase(caseNumber)).isEmpty();
    // another decider may receive it
    assertThat(transfer("decider1", decide.getId(), "decider2", "回避").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getAssignee()).isEqualTo("decider2");
  }
}
