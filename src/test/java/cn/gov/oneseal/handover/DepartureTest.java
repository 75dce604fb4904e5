package cn.gov.oneseal.handover;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

/**
 * 离岗退回 with the built-in users (the demo): an officer deleted in Admin leaves their claimed tasks behind; the
 * sweep gives them back to their group once, with the record the bureau head lists. The directory's side is
 * directory/DirectoryOfficersTest.
 */
class DepartureTest extends HandoverTest {

  @Autowired DepartureSweep sweep;

  @Test
  void theClaimedTaskOfAnOfficerDeletedInAdminGoesBackToItsGroup() {
    IdentityService identity = engine.getIdentityService();
    User leaver = identity.newUser("leaver1");
    leaver.setFirstName("离职");
    leaver.setLastName("（审查员）");
    leaver.setPassword(PASSWORD);
    identity.saveUser(leaver);
    identity.createMembership("leaver1", "reviewer");
    identity.createTenantUserMembership("city", "leaver1");
    String caseNumber = officers.surveyedFood();
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("leaver1", () -> engine.getTaskService().claim(review.getId(), "leaver1"));

    sweep.sweep();
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee())
        .as("an officer still there keeps the task").isEqualTo("leaver1");
    identity.deleteUser("leaver1");
    assertThat(sweep.sweep()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    assertThat(handovers.ofTask(review.getId())).singleElement().satisfies(h -> {
      assertThat(h.kind()).isEqualTo(HandoverKind.DEPARTED);
      assertThat(h.from()).isEqualTo("leaver1");
      assertThat(h.to()).isNull();
      assertThat(h.bureau()).isEqualTo("city");
    });
    assertThat(send("head1", HttpMethod.GET, "/api/v1/departures", null).getBody()).contains(review.getId());
    assertThat(send("supervisor1", HttpMethod.GET, "/api/v1/departures", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(send("reviewer1", HttpMethod.GET, "/api/v1/departures", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
