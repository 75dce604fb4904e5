package cn.gov.oneseal.copying;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 抄送 over the bureau's API: window1, who accepted a case, copies it to head1, who reads it; the sender sees it read
 * (API and timeline); the rules refuse a sender who never worked on the case, a recipient of another bureau, another
 * item's regulator; a copy gives no right to act.
 */
class CopyingTest extends CaseTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired CaseHistory caseHistory;

  ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return rest.withBasicAuth(user, "OneSeal-2026").exchange(path, method,
          new HttpEntity<>(body == null ? null : json.writeValueAsString(body), headers), String.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  ResponseEntity<String> copy(String sender, String caseNumber, String user, String group, String note) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recipientUserId", user);
    body.put("recipientGroupId", group);
    body.put("note", note);
    return send(sender, HttpMethod.POST, "/api/v1/cases/" + caseNumber + "/copies", body);
  }

  String accepted() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return caseNumber;
  }

  @Test
  void theWindowCopiesACaseToTheHeadWhoReadsItAndTheSenderSeesItRead() throws Exception {
    String caseNumber = accepted();

    ResponseEntity<String> sent = copy("window1", caseNumber, "head1", null, "申请人为重点监管企业，请阅知");
    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(sent.getBody()).get("id").asLong();

    JsonNode mine = json.readTree(send("head1", HttpMethod.GET, "/api/v1/copies", null).getBody());
    JsonNode listed = null;
    for (JsonNode c : mine) {
      if (c.get("id").asLong() == id) {
        listed = c;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("read").asBoolean()).isFalse();
    assertThat(listed.get("sentBy").asText()).isEqualTo("window1");
    JsonNode view = json.readTree(send("head1", HttpMethod.GET, "/api/v1/copies/" + id, null).getBody());
    assertThat(view.get("timeline").get("caseFile").get("caseNumber").asText()).isEqualTo(caseNumber);
    // nobody else reads or marks it
    assertThat(send("window2", HttpMethod.GET, "/api/v1/copies/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("reviewer1", HttpMethod.POST, "/api/v1/copies/" + id + "/read", null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(send("window1", HttpMethod.GET, "/api/v1/cases/" + caseNumber + "/copies", null)
        .getBody()).get(0).get("read").asBoolean()).isFalse();

    ResponseEntity<String> read = send("head1", HttpMethod.POST, "/api/v1/copies/" + id + "/read", null);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode record = json.readTree(send("window1", HttpMethod.GET, "/api/v1/cases/" + caseNumber + "/copies", null)
        .getBody()).get(0);
    assertThat(record.get("read").asBoolean()).isTrue();
    assertThat(record.get("readBy").asText()).isEqualTo("head1");
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries()).filteredOn(e -> e.type().equals("抄送"))
        .singleElement().satisfies(e -> {
          assertThat(e.title()).isEqualTo("抄送给 head1");
          assertThat(e.officer()).contains("window1");
          assertThat(e.detail()).contains("申请人为重点监管企业，请阅知").contains("已阅（head1");
        });
    // a copy gives no right to act: head1 still cannot claim the case's open step
    Task open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list().get(0);
    assertThat(send("head1", HttpMethod.POST, "/engine-rest/task/" + open.getId() + "/claim",
        Map.of("userId", "head1")).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(send("head1", HttpMethod.POST, "/engine-rest/task/" + open.getId() + "/complete", Map.of())
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(engine.getTaskService().createTaskQuery().taskId(open.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void theRulesRefuseWithTheRuleInChinese() throws Exception {
    String caseNumber = accepted();

    ResponseEntity<String> notAWorker = copy("decider1", caseNumber, "head1", null, "请阅");
    assertThat(notAWorker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAWorker.getBody()).contains("只有办理过该办件的工作人员");
    ResponseEntity<String> otherBureau = copy("window1", caseNumber, "ahead1", null, "请阅");
    assertThat(otherBureau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherBureau.getBody()).contains("不属于本办件所在的");
    ResponseEntity<String> otherRegulator = copy("window1", caseNumber, null, "regulatorNhc", "请阅");
    assertThat(otherRegulator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(otherRegulator.getBody()).contains("只能抄送本事项的监管部门");
    assertThat(copy("window1", caseNumber, "nhc1", null, "请阅").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(copy("window1", caseNumber, null, "auditor", "请阅").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noNote = copy("window1", caseNumber, "head1", null, " ");
    assertThat(noNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noNote.getBody()).contains("请填写抄送说明");
    assertThat(copy("window1", caseNumber, "head1", "bureauHead", "请阅").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(copy("window1", caseNumber, "window1", null, "请阅").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(copy("awindow1", caseNumber, "head1", null, "请阅").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(send("window1", HttpMethod.GET, "/api/v1/cases/" + caseNumber + "/copies", null).getBody())
        .isEqualTo("[]");

    // the item's own regulator and a group of the bureau are fine; a group's member finds it, others do not
    assertThat(copy("window1", caseNumber, null, "regulatorSamr", "请纳入监管关注").getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> toGroup = copy("window1", caseNumber, null, "reviewer", "请提前了解");
    assertThat(toGroup.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(toGroup.getBody()).get("id").asLong();
    assertThat(send("reviewer2", HttpMethod.GET, "/api/v1/copies", null).getBody()).contains("\"id\":" + id + ",");
    assertThat(send("areviewer1", HttpMethod.GET, "/api/v1/copies", null).getBody()).doesNotContain("请提前了解");
    assertThat(send("samr1", HttpMethod.GET, "/api/v1/copies", null).getBody()).contains("请纳入监管关注");
    assertThat(send("nhc1", HttpMethod.GET, "/api/v1/copies", null).getBody()).doesNotContain("请纳入监管关注");
    // the reviewer group, candidate of the case's next steps later, may copy it on then
    officers.passSurvey(caseNumber);
    assertThat(copy("reviewer2", caseNumber, "decider1", null, "请留意").getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }
}
