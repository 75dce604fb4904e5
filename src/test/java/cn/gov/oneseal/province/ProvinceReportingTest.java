package cn.gov.oneseal.province;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.outbox.Outbox;
import cn.gov.oneseal.outbox.OutboxMessage;
import cn.gov.oneseal.outbox.OutboxMessages;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The provincial platform told of each case's milestones, against a platform the test starts ({@link StubPlatform}):
 * a food case walked to delivery is reported at 收件, 受理, 办结决定 and 送达, once each, signed, and acknowledged; a
 * platform that is down is retried and acknowledges when back, and one that never comes back leaves the report
 * failed; a report the platform lost is sent again — only it, under its own id — by the nightly reconciliation; the
 * demo's stub inside the application acknowledges out of the box; the report shows the states to administrators and
 * e-supervision and to no one else.
 */
class ProvinceReportingTest extends CaseTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired ProvincePlatform platform;
  @Autowired ProvinceProperties properties;
  @Autowired ProvinceReports reports;
  @Autowired OutboxMessages messages;
  @Autowired NightlyReconciliation nightly;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  StubPlatform stub;

  @BeforeEach
  void startThePlatform() throws Exception {
    stub = new StubPlatform();
    platform.pointAt(stub.baseUrl());
  }

  @AfterEach
  void stopThePlatform() {
    platform.pointAt(null);
    stub.close();
  }

  /** The due outbox jobs, run as the job executor would (the tests have none running). */
  int sendDue() {
    int run = 0;
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (Outbox.JOB_TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        engine.getManagementService().executeJob(job.getId());
        run++;
      }
    }
    return run;
  }

  /** A food case granted and its licence delivered by post; returns its number. */
  String deliveredFood() {
    String caseNumber = officers.grantedFood();
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "POST", "delivered", true));
    return caseNumber;
  }

  static String reportId(String caseNumber, Milestone milestone) {
    return "OneSeal-" + caseNumber + "-PROVINCE-" + milestone.name();
  }

  @Test
  void aFoodCaseWalkedToDeliveryIsReportedAtEachMilestoneOnceSignedAndAcknowledged() {
    ClockUtil.setCurrentTime(shanghai(2026, 7, 7, 9, 0, 0));
    String caseNumber = deliveredFood();
    assertThat(stub.ofCase(caseNumber)).as("nothing before the outbox's jobs run").isEmpty();

    sendDue();

    List<StubPlatform.Received> received = stub.ofCase(caseNumber);
    assertThat(received).extracting(StubPlatform.Received::reportId).containsExactlyInAnyOrder(
        reportId(caseNumber, Milestone.RECEIVED), reportId(caseNumber, Milestone.ACCEPTED),
        reportId(caseNumber, Milestone.DECIDED), reportId(caseNumber, Milestone.DELIVERED));
    for (StubPlatform.Received report : received) {
      assertThat(report.idempotencyKey()).isEqualTo(report.reportId());
      assertThat(report.appId()).isEqualTo(properties.appId()).isNotBlank();
      assertThat(report.signature()).isEqualTo(ProvincePlatform.signature(properties.appSecret(), report.appId(),
          report.timestamp(), report.body()));
      JsonNode body = report.json();
      assertThat(body.path("PROJID").asText()).isEqualTo(caseNumber);
      assertThat(body.path("SERVICECODE").asText()).isNotBlank();
      assertThat(body.path("ITEM_CODE").asText()).isEqualTo("FoodBusinessLicence");
      assertThat(body.path("DEPTNAME").asText()).contains("行政审批");
      assertThat(body.path("AREACODE").asText()).matches("\\d{6}");
      assertThat(body.path("LEGAL_LIMIT").asInt()).isEqualTo(10);
      assertThat(body.has("USED_DAYS")).isTrue();
      assertThat(body.toString()).as("no applicant data").doesNotContain(caseFiles.get(caseNumber).applicantId(),
          caseFiles.get(caseNumber).applicantName());
    }
    JsonNode accepted = body(received, caseNumber, Milestone.ACCEPTED);
    assertThat(accepted.path("ACCEPT_RESULT").asText()).isEqualTo("ACCEPTED");
    assertThat(accepted.path("ACCEPT_TIME").asText()).isEqualTo("2026-07-07 09:00:00");
    JsonNode decided = body(received, caseNumber, Milestone.DECIDED);
    assertThat(decided.path("TRANSACT_RESULT").asText()).isEqualTo("GRANTED");
    JsonNode delivered = body(received, caseNumber, Milestone.DELIVERED);
    assertThat(delivered.path("DELIVER_TYPE").asText()).isEqualTo("POST");
    assertThat(delivered.path("RESULT_CODE").asText()).isEqualTo(caseFiles.get(caseNumber).licenceNumber());
    assertThat(reports.ofCase(caseNumber)).hasSize(4).allSatisfy(report -> {
      assertThat(report.state()).isEqualTo(ProvinceReport.State.ACKNOWLEDGED);
      assertThat(report.ackId()).isEqualTo(stub.ackIdOf(report.reportKey()));
    });
    assertThat(messages.ofCase(caseNumber)).filteredOn(m -> "PROVINCE".equals(m.channel()))
        .extracting(OutboxMessage::state).containsOnly(OutboxMessage.State.SENT).hasSize(4);

    sendDue();
    assertThat(stub.ofCase(caseNumber)).as("nothing sent twice").hasSize(4);
  }

  @Test
  void aRejectionAtIntakeIsReportedAsTheAcceptanceMilestoneNotAccepted() {
    ClockUtil.setCurrentTime(shanghai(2026, 6, 16, 10, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "reject", "intakeOpinion", "不属于本机关职权"));

    sendDue();

    JsonNode rejected = body(stub.ofCase(caseNumber), caseNumber, Milestone.ACCEPTED);
    assertThat(rejected.path("ACCEPT_RESULT").asText()).isEqualTo("NOT_ACCEPTED");
    assertThat(rejected.path("ACCEPT_DESCRIBE").asText()).isEqualTo("不予受理：不属于本机关职权");
    assertThat(rejected.path("ACCEPT_TIME").asText()).isEqualTo("2026-06-16 10:00:00");
    assertThat(reports.ofCase(caseNumber)).extracting(ProvinceReport::milestone)
        .containsExactly(Milestone.RECEIVED, Milestone.ACCEPTED);
    assertThat(reports.ofCase(caseNumber)).extracting(ProvinceReport::state)
        .containsOnly(ProvinceReport.State.ACKNOWLEDGED);
  }

  @Test
  void thePlatformDownIsRetriedTheReportPendingThenAcknowledgedWhenItIsBack() {
    ClockUtil.setCurrentTime(shanghai(2026, 8, 4, 9, 0, 0));
    stub.down(true);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();

    sendDue();
    ProvinceReport pending = reports.find(caseNumber, Milestone.RECEIVED).orElseThrow();
    assertThat(pending.state()).isEqualTo(ProvinceReport.State.PENDING);
    assertThat(pending.lastError()).isEqualTo("省级平台回复 HTTP 503：{\"message\":\"维护中\"}");
    OutboxMessage message = messages.ofCase(caseNumber).stream().filter(m -> "PROVINCE".equals(m.channel()))
        .findFirst().orElseThrow();
    assertThat(message.state()).isEqualTo(OutboxMessage.State.PENDING);

    ClockUtil.setCurrentTime(Date.from(message.nextAttemptAt().toInstant()));
    sendDue();
    assertThat(reports.find(caseNumber, Milestone.RECEIVED).orElseThrow().state())
        .isEqualTo(ProvinceReport.State.PENDING);
    stub.down(false);
    ClockUtil.setCurrentTime(Date.from(messages.get(message.id()).orElseThrow().nextAttemptAt().toInstant()));
    sendDue();

    ProvinceReport acknowledged = reports.find(caseNumber, Milestone.RECEIVED).orElseThrow();
    assertThat(acknowledged.state()).isEqualTo(ProvinceReport.State.ACKNOWLEDGED);
    assertThat(acknowledged.lastError()).isNull();
    assertThat(stub.ofCase(caseNumber)).as("the attempts while down were refused, the one after taken")
        .hasSize(1);
    assertThat(messages.get(message.id()).orElseThrow().attempts()).isEqualTo(3);
  }

  @Test
  void aReportTheOutboxGivesUpOnIsFailedAndShownAsSuch() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 8, 18, 9, 0, 0));
    stub.down(true);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    OutboxMessage message = messages.ofCase(caseNumber).stream().filter(m -> "PROVINCE".equals(m.channel()))
        .findFirst().orElseThrow();
    for (int i = 0; i < 20 && messages.get(message.id()).orElseThrow().state() == OutboxMessage.State.PENDING; i++) {
      sendDue();
      OutboxMessage now = messages.get(message.id()).orElseThrow();
      if (now.nextAttemptAt() != null) {
        ClockUtil.setCurrentTime(Date.from(now.nextAttemptAt().toInstant()));
      }
    }
    assertThat(messages.get(message.id()).orElseThrow().state()).isEqualTo(OutboxMessage.State.DEAD);

    ProvinceReport failed = reports.find(caseNumber, Milestone.RECEIVED).orElseThrow();
    assertThat(failed.state()).isEqualTo(ProvinceReport.State.FAILED);
    assertThat(failed.failedAt()).isNotNull();
    JsonNode page = json.readTree(rest.withBasicAuth("admin", PASSWORD)
        .getForEntity("/api/v1/province/reports?state=FAILED&size=100", String.class).getBody());
    assertThat(page.path("counts").path("FAILED").asInt()).isPositive();
    assertThat(page.path("reports").findValuesAsText("reportId")).contains(reportId(caseNumber, Milestone.RECEIVED));
    assertThat(page.path("reports").findValuesAsText("state")).containsOnly("FAILED");

    // the platform back, the night's reconciliation tries the dead message again under its own key: one key per report
    stub.down(false);
    ClockUtil.setCurrentTime(shanghai(2026, 8, 19, 2, 30, 0));
    nightly.start().orElseThrow();
    runReconciliationJobs();
    assertThat(messages.get(message.id()).orElseThrow().state()).isEqualTo(OutboxMessage.State.PENDING);
    assertThat(messages.ofCase(caseNumber)).noneMatch(m -> m.key().matches(".*-R\\d+"));
    sendDue();
    assertThat(stub.ofCase(caseNumber)).filteredOn(r -> r.reportId().equals(reportId(caseNumber, Milestone.RECEIVED)))
        .extracting(StubPlatform.Received::idempotencyKey).containsExactly(message.key());
    assertThat(reports.find(caseNumber, Milestone.RECEIVED).orElseThrow().state())
        .isEqualTo(ProvinceReport.State.ACKNOWLEDGED);
  }

  @Test
  void theNightlyReconciliationSendsAgainExactlyTheReportThePlatformLost() throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 7, 14, 9, 0, 0));
    String caseNumber = deliveredFood();
    sendDue();
    String lost = reportId(caseNumber, Milestone.ACCEPTED);
    assertThat(stub.knows(lost)).isTrue();
    stub.forget(lost);

    ClockUtil.setCurrentTime(shanghai(2026, 7, 21, 2, 30, 0));
    long run = nightly.start().orElseThrow();
    assertThat(nightly.start()).as("one reconciliation a night, whichever node fires").isEmpty();
    runReconciliationJobs();

    assertThat(stub.queries()).isEqualTo(1);
    List<OutboxMessage> resends = messages.ofCase(caseNumber).stream()
        .filter(m -> m.key().matches(".*-R\\d+")).toList();
    assertThat(resends).extracting(OutboxMessage::key).containsExactly(lost + "-R" + run);
    assertThat(json.readTree(resends.get(0).body()).path("REPORT_ID").asText()).isEqualTo(lost);
    ProvinceReport resent = reports.find(caseNumber, Milestone.ACCEPTED).orElseThrow();
    assertThat(resent.state()).isEqualTo(ProvinceReport.State.PENDING);
    assertThat(resent.resends()).isEqualTo(1);

    sendDue();

    List<StubPlatform.Received> received = stub.ofCase(caseNumber);
    assertThat(received).hasSize(5);
    StubPlatform.Received again = received.get(4);
    assertThat(again.reportId()).isEqualTo(lost);
    assertThat(again.idempotencyKey()).isEqualTo(lost + "-R" + run);
    assertThat(stub.knows(lost)).isTrue();
    assertThat(reports.find(caseNumber, Milestone.ACCEPTED).orElseThrow().state())
        .isEqualTo(ProvinceReport.State.ACKNOWLEDGED);

    JsonNode page = json.readTree(rest.withBasicAuth("supervisor1", PASSWORD)
        .getForEntity("/api/v1/province/reports?state=ACKNOWLEDGED&size=100", String.class).getBody());
    JsonNode last = page.path("lastReconciliation");
    assertThat(last.path("day").asText()).isEqualTo("2026-07-21");
    assertThat(last.path("state").asText()).isEqualTo("FINISHED");
    assertThat(last.path("expected").asInt()).isEqualTo(4);
    assertThat(last.path("acknowledged").asInt()).isEqualTo(3);
    assertThat(last.path("missing").asInt()).isEqualTo(1);
    assertThat(last.path("resent").asInt()).isEqualTo(1);
    assertThat(page.path("reports").findValuesAsText("reportId")).contains(lost);
  }

  void runReconciliationJobs() {
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (ReconciliationJob.TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

  @Test
  void theDemoStubInsideTheApplicationAcknowledgesOutOfTheBox() {
    platform.pointAt(null);
    ClockUtil.setCurrentTime(shanghai(2026, 9, 8, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();

    sendDue();

    ProvinceReport report = reports.find(caseNumber, Milestone.RECEIVED).orElseThrow();
    assertThat(report.state()).isEqualTo(ProvinceReport.State.ACKNOWLEDGED);
    assertThat(report.ackId()).startsWith("DEMO-ACK-");
  }

  @Test
  void theReportIsForAdministratorsAndSupervisorsOnly() throws Exception {
    ResponseEntity<String> admin = rest.withBasicAuth("admin", PASSWORD)
        .getForEntity("/api/v1/province/reports", String.class);
    assertThat(admin.getStatusCode().value()).isEqualTo(200);
    JsonNode counts = json.readTree(admin.getBody()).path("counts");
    assertThat(counts.has("PENDING") && counts.has("ACKNOWLEDGED") && counts.has("FAILED")).isTrue();
    assertThat(rest.withBasicAuth("supervisor1", PASSWORD).getForEntity("/api/v1/province/reports", String.class)
        .getStatusCode().value()).isEqualTo(200);

    ResponseEntity<String> window = rest.withBasicAuth("window1", PASSWORD)
        .getForEntity("/api/v1/province/reports", String.class);
    assertThat(window.getStatusCode().value()).isEqualTo(403);
    assertThat(window.getBody()).contains("仅限系统管理员、电子监察").doesNotContain("OneSeal-");
    assertThat(rest.getForEntity("/api/v1/province/reports", String.class).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<String> badState = rest.withBasicAuth("admin", PASSWORD)
        .getForEntity("/api/v1/province/reports?state=LOST&size=500", String.class);
    assertThat(badState.getStatusCode().value()).isEqualTo(400);
    assertThat(badState.getBody()).contains("状态只能是 PENDING、ACKNOWLEDGED 或 FAILED", "每页条数须为 1 至 100 的整数");
  }

  private static JsonNode body(List<StubPlatform.Received> received, String caseNumber, Milestone milestone) {
    Optional<StubPlatform.Received> report = received.stream()
        .filter(r -> r.reportId().equals(reportId(caseNumber, milestone))).findFirst();
    return report.orElseThrow().json();
  }
}
