package cn.gov.oneseal.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.TestReceiver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox with a receiver the test switches off and on ({@link TestReceiver}, which counts every delivery by
 * key): a message exists exactly when its step commits, is sent after the commit
 * with its key, is retried on the engine clock while the receiver is down and arrives once when it is back, and after
 * the last retry waits DEAD for an administrator.
 */
class OutboxTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired Outbox outbox;
  @Autowired OutboxMessages messages;
  @Autowired TestReceiver receiver;
  @Autowired TransactionTemplate transactions;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  @BeforeEach
  void receiverUp() {
    receiver.down(false);
  }

  long enqueue(String key, String caseNumber) {
    return transactions.execute(status -> outbox.enqueue(new Outbox.Message(key, TestReceiver.CHANNEL, caseNumber, "13812345678",
        "标题", "您的办件已受理", null)));
  }

  /** The due outbox jobs, run as the job executor would (tests have none running). */
  int runDueJobs() {
    int run = 0;
    for (Job job : dueJobs()) {
      engine.getManagementService().executeJob(job.getId());
      run++;
    }
    return run;
  }

  /** The due jobs of the test receiver's messages (the publications and e-mails of other tests' cases are not ours). */
  List<Job> dueJobs() {
    List<Job> due = new ArrayList<>();
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (OutboxJob.TYPE.equals(((JobEntity) job).getJobHandlerType()) && messages.get(Long.parseLong(
          ((JobEntity) job).getJobHandlerConfigurationRaw())).filter(m -> TestReceiver.CHANNEL.equals(m.channel()))
          .isPresent()) {
        due.add(job);
      }
    }
    return due;
  }

  List<Job> jobsOf(long id) {
    return engine.getManagementService().createJobQuery().list().stream()
        .filter(job -> OutboxJob.TYPE.equals(((JobEntity) job).getJobHandlerType())
            && Long.toString(id).equals(((JobEntity) job).getJobHandlerConfigurationRaw()))
        .toList();
  }

  @Test
  void aMessageIsKeptWithItsStepAndSentAfterTheCommitWithItsKeyOnce() {
    String key = "OneSeal-TEST-" + System.nanoTime();
    long id = enqueue(key, null);

    assertThat(receiver.deliveries(key)).isZero();
    assertThat(messages.get(id).orElseThrow().state()).isEqualTo(OutboxMessage.State.PENDING);
    assertThat(jobsOf(id)).hasSize(1);
    assertThat(enqueue(key, null)).as("the same key kept again").isEqualTo(id);
    assertThat(jobsOf(id)).hasSize(1);

    runDueJobs();

    assertThat(receiver.deliveries(key)).isEqualTo(1);
    OutboxMessage sent = messages.get(id).orElseThrow();
    assertThat(sent.state()).isEqualTo(OutboxMessage.State.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt()).isNotNull();
    assertThat(jobsOf(id)).isEmpty();
  }

  @Test
  void aStepThatRollsBackLeavesNoMessageAndNothingIsSent() {
    String key = "OneSeal-TEST-" + System.nanoTime();
    transactions.executeWithoutResult(status -> {
      outbox.enqueue(new Outbox.Message(key, TestReceiver.CHANNEL, null, "13812345678", null, "不应发出", null));
      status.setRollbackOnly();
    });

    runDueJobs();

    assertThat(receiver.deliveries(key)).isZero();
    assertThat(messages.byKey(key)).isEmpty();
  }

  @Test
  void aReceiverDownForAnHourGetsTheMessageOnceWhenItIsBack() {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    String key = "OneSeal-TEST-" + System.nanoTime();
    receiver.down(true);
    long id = enqueue(key, null);

    // the job executor's view: run what is due, move the clock to the next attempt, an hour long
    Date back = Date.from(start.toInstant().plus(Duration.ofHours(1)));
    int attempts = 0;
    while (ClockUtil.getCurrentTime().before(back)) {
      attempts += runDueJobs();
      OutboxMessage pending = messages.get(id).orElseThrow();
      assertThat(pending.state()).isEqualTo(OutboxMessage.State.PENDING);
      assertThat(pending.lastError()).isEqualTo("接收方无应答（连接超时）");
      assertThat(dueJobs()).as("nothing due before the next attempt").isEmpty();
      ClockUtil.setCurrentTime(Date.from(pending.nextAttemptAt().toInstant()));
    }
    receiver.down(false);
    runDueJobs();

    assertThat(attempts).as("tried after 1, 5, 15 and 30 minutes while down").isEqualTo(5);
    assertThat(receiver.deliveries(key)).isEqualTo(1);
    assertThat(messages.get(id).orElseThrow().state()).isEqualTo(OutboxMessage.State.SENT);
    assertThat(messages.get(id).orElseThrow().attempts()).isEqualTo(6);
    ClockUtil.setCurrentTime(Date.from(start.toInstant().plus(Duration.ofDays(5))));
    assertThat(runDueJobs()).as("nothing left to send").isZero();
    assertThat(receiver.deliveries(key)).isEqualTo(1);
  }

  @Test
  void afterTheLastRetryTheMessageIsDeadAndOnlyAnAdministratorSendsItAgain() throws Exception {
    ClockUtil.setCurrentTime(new Date());
    String key = "OneSeal-TEST-" + System.nanoTime();
    receiver.down(true);
    long id = enqueue(key, null);
    for (int i = 0; i < 20 && messages.get(id).orElseThrow().state() == OutboxMessage.State.PENDING; i++) {
      runDueJobs();
      OutboxMessage message = messages.get(id).orElseThrow();
      if (message.nextAttemptAt() != null) {
        ClockUtil.setCurrentTime(Date.from(message.nextAttemptAt().toInstant()));
      }
    }
    OutboxMessage dead = messages.get(id).orElseThrow();
    assertThat(dead.state()).isEqualTo(OutboxMessage.State.DEAD);
    assertThat(dead.attempts()).isEqualTo(11);
    assertThat(jobsOf(id)).isEmpty();

    JsonNode listed = json.readTree(rest.withBasicAuth("admin", PASSWORD)
        .getForEntity("/api/v1/outbox/messages?state=DEAD&size=100", String.class).getBody());
    assertThat(listed.path("messages").findValuesAsText("key")).contains(key);
    assertThat(rest.withBasicAuth("window1", PASSWORD)
        .getForEntity("/api/v1/outbox/messages?state=DEAD", String.class).getStatusCode().value()).isEqualTo(403);
    ResponseEntity<String> refused = rest.withBasicAuth("head1", PASSWORD)
        .exchange("/api/v1/outbox/messages/" + id + "/retry", HttpMethod.POST, null, String.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody()).contains("仅限系统管理员");
    ResponseEntity<String> badState = rest.withBasicAuth("admin", PASSWORD)
        .getForEntity("/api/v1/outbox/messages?state=LOST", String.class);
    assertThat(badState.getStatusCode().value()).isEqualTo(400);
    assertThat(badState.getBody()).contains("状态只能是 PENDING、SENT 或 DEAD");

    receiver.down(false);
    ResponseEntity<String> retried = rest.withBasicAuth("admin", PASSWORD)
        .exchange("/api/v1/outbox/messages/" + id + "/retry", HttpMethod.POST, null, String.class);
    assertThat(retried.getStatusCode().value()).isEqualTo(200);
    assertThat(json.readTree(retried.getBody()).path("state").asText()).isEqualTo("PENDING");
    runDueJobs();
    assertThat(receiver.deliveries(key)).isEqualTo(1);
    assertThat(messages.get(id).orElseThrow().state()).isEqualTo(OutboxMessage.State.SENT);
    ResponseEntity<String> again = rest.withBasicAuth("admin", PASSWORD)
        .exchange("/api/v1/outbox/messages/" + id + "/retry", HttpMethod.POST, null, String.class);
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody()).contains("只有发送失败的消息可以重新发送");
  }

  @Test
  void theBureausOfficersSeeACasesMessagesWithTheRecipientMaskedOthersDoNot() throws Exception {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    String key = "OneSeal-TEST-" + System.nanoTime();
    enqueue(key, caseNumber);
    runDueJobs();

    ResponseEntity<String> seen = rest.withBasicAuth("window1", PASSWORD)
        .getForEntity("/api/v1/cases/" + caseNumber + "/messages", String.class);
    assertThat(seen.getStatusCode().value()).isEqualTo(200);
    JsonNode message = json.readTree(seen.getBody()).findValues("key").isEmpty() ? null
        : json.readTree(seen.getBody()).get(json.readTree(seen.getBody()).size() - 1);
    assertThat(message).isNotNull();
    assertThat(message.path("key").asText()).isEqualTo(key);
    assertThat(message.path("recipient").asText()).isEqualTo("138****5678");
    assertThat(message.path("stateLabel").asText()).isEqualTo("已发送");
    assertThat(seen.getBody()).doesNotContain("13812345678");
    assertThat(rest.withBasicAuth("expert1", PASSWORD)
        .getForEntity("/api/v1/cases/" + caseNumber + "/messages", String.class).getStatusCode().value())
        .isEqualTo(403);
    assertThat(rest.withBasicAuth("portal", "OneSeal-Hall-2026")
        .getForEntity("/api/v1/cases/" + caseNumber + "/messages", String.class).getStatusCode().value())
        .isIn(401, 403);
  }
}
