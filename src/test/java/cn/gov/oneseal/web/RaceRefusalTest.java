package cn.gov.oneseal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The losing decider of a race can be refused by the engine's authorization check instead of a conflict: the
 * winner's commit deleted the task with its per-task authorizations between the loser's reading the task and
 * checking the loser's rights. Such a refusal is the conflict ("刚由他人办理完毕") for an officer who was one of the
 * task's candidates, and stays a refusal for anyone else and for a task that is still there. (Seen on PostgreSQL in
 * CI: the Tasklist answer was 403 where ConcurrentCompletionTest expects 409.)
 */
class RaceRefusalTest extends CaseTest {

  @AfterEach
  void forget() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aRefusalOnATaskJustDoneIsAConflictOnlyForItsCandidates() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    String task = officers.task(caseNumber, "Task_DecideApplication").getId();
    String path = "engine/default/task/" + task + "/submit-form";

    engine.getIdentityService().setAuthentication("decider2", List.of("decider"));
    assertThat(TaskConflicts.justDoneBy("decider2", path)).as("the task is still there").isEmpty();
    engine.getIdentityService().clearAuthentication();

    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "准予"));
    engine.getIdentityService().setAuthentication("decider2", List.of("decider"));
    assertThat(TaskConflicts.justDoneBy("decider2", path)).contains(TaskConflicts.DONE_BY_OTHERS);
    assertThat(TaskConflicts.justDoneBy("decider2", "task/" + task + "/complete")).contains(TaskConflicts.DONE_BY_OTHERS);

    engine.getIdentityService().setAuthentication("window2", List.of("window"));
    assertThat(TaskConflicts.justDoneBy("window2", path)).as("never a candidate of the decision").isEmpty();
  }
}
