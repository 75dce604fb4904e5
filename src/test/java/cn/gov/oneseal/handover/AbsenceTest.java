package cn.gov.oneseal.handover;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 委托/代理: who may declare an absence with which stand-in; during it what would be the officer's goes to the
 * stand-in (一审一核 still holds: else the group); the sweep hands the claimed tasks over when it starts and gives back
 * what is still open when it ends.
 */
class AbsenceTest extends HandoverTest {

  @Autowired AbsenceSweep sweep;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void mondayAndAThirdReviewer() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("reviewer9").count() == 0) {
      User user = identity.newUser("reviewer9");
      user.setFirstName("钱程");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership("reviewer9", "reviewer");
      identity.createTenantUserMembership("city", "reviewer9");
    }
  }

  @AfterEach
  void noAbsencesLeft() {
    jdbc.update("delete from officer_absence");
    engine.getIdentityService().deleteUser("reviewer9");
  }

  ResponseEntity<String> declare(String user, String forUser, String standIn, String first, String last) {
    return send(user, HttpMethod.POST, "/api/v1/absences", "{" + (forUser == null ? "" : "\"userId\":\"" + forUser
        + "\",") + "\"standIn\":\"" + standIn + "\",\"firstDay\":\"" + first + "\",\"lastDay\":\"" + last
        + "\",\"reason\":\"外出培训\"}");
  }

  @Test
  void anOfficerOrTheirBureauHeadDeclaresAnAbsenceWithAColleagueAsStandIn() {
    assertThat(declare("reviewer1", null, "window1", "2026-03-02", "2026-03-04").getBody())
        .contains("代理人须与请假人同一岗位（审查员）");
    assertThat(declare("reviewer1", null, "areviewer1", "2026-03-02", "2026-03-04").getBody())
        .contains("代理人须与请假人同属一个局");
    assertThat(declare("reviewer1", null, "reviewer1", "2026-03-02", "2026-03-04").getBody())
        .contains("代理人不能是请假人本人");
    assertThat(declare("reviewer1", null, "reviewer2", "2026-03-04", "2026-03-02").getBody())
        .contains("最后一天不能早于第一天");
    ResponseEntity<String> past = declare("reviewer1", null, "reviewer2", "2026-02-02", "2026-02-03");
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(past.getBody()).contains("不能登记已经过去的请假");
    // for someone else: only the head of their bureau
    ResponseEntity<String> notHead = declare("reviewer2", "reviewer1", "reviewer2", "2026-03-02", "2026-03-04");
    assertThat(notHead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notHead.getBody()).contains("只有局负责人可以为本局的工作人员登记请假");
    assertThat(declare("ahead1", "reviewer1", "reviewer2", "2026-03-02", "2026-03-04").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> byHead = declare("head1", "reviewer1", "reviewer2", "2026-03-02", "2026-03-04");
    assertThat(byHead.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(byHead.getBody())
        .contains("\"userId\":\"reviewer1\"", "\"declaredBy\":\"head1\"", "\"bureau\":\"city\"");
    ResponseEntity<String> overlap = declare("reviewer1", null, "reviewer9", "2026-03-04", "2026-03-06");
    assertThat(overlap.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(overlap.getBody()).contains("2026-03-02 至 2026-03-04");
    // who sees it, who may cancel it
    assertThat(send("reviewer2", HttpMethod.GET, "/api/v1/absences", null).getBody())
        .contains("\"standIn\":\"reviewer2\"");
    assertThat(send("window1", HttpMethod.GET, "/api/v1/absences", null).getBody()).isEqualTo("[]");
    assertThat(send("reviewer1", HttpMethod.GET, "/api/v1/absences/stand-ins", null).getBody())
        .contains("reviewer2", "钱程").doesNotContain("window1", "areviewer1");
    long id = Long.parseLong(byHead.getBody().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    assertThat(send("window1", HttpMethod.DELETE, "/api/v1/absences/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("reviewer2", HttpMethod.DELETE, "/api/v1/absences/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send("reviewer1", HttpMethod.DELETE, "/api/v1/absences/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(send("reviewer1", HttpMethod.DELETE, "/api/v1/absences/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aTransferToAnAbsentColleagueGoesToTheirStandIn() {
    assertThat(declare("reviewer2", null, "reviewer9", "2026-03-02", "2026-03-03").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    assertThat(transfer("reviewer1", taskId, "reviewer2", "请赵磊办理").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer9");
    assertThat(handovers.ofCase(caseNumber)).extracting(Handover::kind, Handover::from, Handover::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(HandoverKind.TRANSFER, "reviewer1", "reviewer2"),
            org.assertj.core.groups.Tuple.tuple(HandoverKind.STAND_IN, "reviewer2", "reviewer9"));
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("代理");
      assertThat(e.detail()).contains("reviewer2 → reviewer9", "请假（2026-03-02 至 2026-03-03）");
    });
    // the absent officer's own claim is theirs: no stand-in for what one takes oneself
    engine.getTaskService().setAssignee(taskId, null);
    officers.run("reviewer2", () -> engine.getTaskService().claim(taskId, "reviewer2"));
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer2");
  }

  @Test
  void theSweepHandsTheClaimedTasksOverWhenTheAbsenceStartsAndBackWhenItEnds() {
    String caseNumber = reviewClaimedByReviewer1();
    String taskId = officers.task(caseNumber, "Task_ReviewApplication").getId();
    assertThat(declare("reviewer1", null, "reviewer2", "2026-03-03", "2026-03-04").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    sweep.sweep();
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .as("not before it starts").isEqualTo("reviewer1");
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 8, 0, 0));
    sweep.sweep();
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("reviewer2");
    assertThat(handovers.ofTask(taskId)).last().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(HandoverKind.STAND_IN);
      assertThat(h.reason()).contains("已认领的任务交代理人");
    });
    sweep.sweep();
    assertThat(handovers.ofTask(taskId)).hasSize(1);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 8, 0, 0));
    sweep.sweep();
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .as("given back when it ends").isEqualTo("reviewer1");
    assertThat(handovers.ofTask(taskId)).last().satisfies(h -> assertThat(h.reason()).contains("请假结束"));
  }

  @Test
  void aStandInWhoReviewedTheCaseDoesNotGetItsDecision() {
    String caseNumber = reviewClaimedByReviewer1();
    Task decide = decisionClaimedByDecider1(caseNumber);
    engine.getIdentityService().createMembership("reviewer1", "decider");
    try {
      assertThat(declare("head1", "decider2", "reviewer1", "2026-03-02", "2026-03-03").getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
      assertThat(transfer("decider1", decide.getId(), "decider2", "请杨帆决定").getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      engine.getIdentityService().deleteMembership("reviewer1", "decider");
    }
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getAssignee()).as("back to the deciders' group")
        .isNull();
    assertThat(handovers.ofTask(decide.getId())).last().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(HandoverKind.STAND_IN);
      assertThat(h.to()).isNull();
      assertThat(h.reason()).contains("退回岗位组");
    });
  }
}
