package cn.gov.oneseal.web;

import cn.gov.oneseal.web.JobExecutionAnswers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST …/job/{id}/execute} as Cockpit's administrator sends it — over {@code /engine-rest} and over the
 * webapps' own API — answers by the failure's cause, where the engine answers 404 to every failure: a refused value
 * 400, a missing job 404, no right 403, a failure inside the job 500 with a readable message and no internals.
 */
class JobExecutionAnswersTest extends CaseTest {

  static final String BREAKS = "Test_JobBreaks";
  static final String REFUSES = "Test_JobRefuses";
  /** A step whose expression names a bean that does not exist: the engine's own failure (404 before). */
  static final String MISWIRED = "Test_JobMiswired";

  @Autowired TestRestTemplate rest;
  final ObjectMapper json = new ObjectMapper();
  String deploymentId;

  /** A step whose own code breaks, with internals in its message. */
  public static class Breaking implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      throw new IllegalStateException("ERROR: duplicate key value violates unique constraint \"case_file_pkey\" "
          + "(SQL: insert into case_file values (?)) at org.postgresql.jdbc.PgStatement");
    }
  }

  /** A step that refuses a value by the bureau's rules. */
  public static class Refusing implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      throw FormValidationException.of("supplementDue", "OUT_OF_RANGE", "补齐期限不得超过承诺时限");
    }
  }

  @BeforeEach
  void deploy() {
    engine.getIdentityService().unlockUser("admin");
    deploymentId = engine.getRepositoryService().createDeployment().name("job-execution-answers (test)")
        .addModelInstance(BREAKS + ".bpmn", Bpmn.createExecutableProcess(BREAKS).camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_Step").camundaAsyncBefore().camundaClass(Breaking.class).endEvent().done())
        .addModelInstance(REFUSES + ".bpmn", Bpmn.createExecutableProcess(REFUSES).camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_Step").camundaAsyncBefore().camundaClass(Refusing.class).endEvent().done())
        .addModelInstance(MISWIRED + ".bpmn", Bpmn.createExecutableProcess(MISWIRED).camundaHistoryTimeToLive(1)
            .startEvent().serviceTask("Task_Step").camundaAsyncBefore().camundaExpression("${noSuchBean.run(execution)}")
            .endEvent().done())
        .deploy().getId();
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  Job jobOf(String key) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key).getId();
    return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
  }

  int retries(Job job) {
    return engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }

  ResponseEntity<String> overEngineRest(String user, String jobId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "OneSeal-2026").postForEntity("/engine-rest/job/" + jobId + "/execute",
        new HttpEntity<>("", headers), String.class);
  }

  ResponseEntity<String> overCockpit(String jobId) {
    return WebappSession.login(rest, "cockpit", "admin", "OneSeal-2026")
        .postJson("/camunda/api/engine/engine/default/job/" + jobId + "/execute", "");
  }

  JsonNode body(ResponseEntity<String> answer) throws Exception {
    return json.readTree(answer.getBody());
  }

  @Test
  void aFailureInsideTheJobIs500WithAReadableMessageAndNoInternals() throws Exception {
    for (String key : List.of(BREAKS, MISWIRED)) {
      for (boolean cockpit : List.of(false, true)) {
        Job job = jobOf(key);
        ResponseEntity<String> answer = cockpit ? overCockpit(job.getId()) : overEngineRest("admin", job.getId());
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(body(answer).get("message").asText()).contains("作业 " + job.getId() + " 执行失败", "已全部撤销",
            "请联系系统管理员");
        assertThat(answer.getBody()).doesNotContain("duplicate", "SQL", "case_file", "postgresql", "Exception",
            "ENGINE-", "noSuchBean", "org.camunda", "cn.gov");
        // the failure is kept on the job, one retry used, the step not passed
        assertThat(retries(job)).isEqualTo(2);
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult()
            .getExceptionMessage()).isNotBlank();
      }
    }
  }

  @Test
  void aRefusedValueIs400WithTheFieldError() throws Exception {
    for (boolean cockpit : List.of(false, true)) {
      Job job = jobOf(REFUSES);
      ResponseEntity<String> answer = cockpit ? overCockpit(job.getId()) : overEngineRest("admin", job.getId());
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(body(answer).get("message").asText()).contains("补齐期限不得超过承诺时限");
      assertThat(body(answer).get("errors").get(0).get("field").asText()).isEqualTo("supplementDue");
    }
  }

  @Test
  void aMissingJobIs404AndAJobWithoutTheRightIs403() throws Exception {
    for (boolean cockpit : List.of(false, true)) {
      ResponseEntity<String> answer = cockpit ? overCockpit("no-such-job") : overEngineRest("admin", "no-such-job");
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(body(answer).get("message").asText()).contains("作业 no-such-job 不存在");
    }
    Job job = jobOf(BREAKS);
    assertThat(overEngineRest("reviewer1", job.getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(retries(job)).isEqualTo(3);
  }

  @Test
  void anotherBureausJobIsAnsweredAsOneThatDoesNotExist() {
    var answer = JobExecutionAnswers.answer(new ProcessEngineException("ENGINE-13034 Cannot update the job 'j1' "
        + "because it belongs to no authenticated tenant."), "j1").orElseThrow();
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.body().get("message").toString()).contains("不属于您所在的行政审批局").doesNotContain("ENGINE");
  }
}
