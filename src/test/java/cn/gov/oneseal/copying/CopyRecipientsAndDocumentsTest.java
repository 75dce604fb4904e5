package cn.gov.oneseal.copying;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeStore;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Whom a case may be copied to (by name, exactly whom the rules accept: the bureau's colleagues and leaders, its groups,
 * the item's regulator group and its officers; not another bureau's, not another regulator), for who may copy it only;
 * and the case's issued documents in the copy, listed and downloaded — the stored sealed bytes — by its recipient only,
 * over the API and through Tasklist's plugin.
 */
class CopyRecipientsAndDocumentsTest extends CaseTest {

  static final String TASKLIST = "/camunda/api/tasklist/plugin/" + CopyingTasklistPlugin.ID + "/default";

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired NoticeStore store;
  @Value("${oneseal.demo.password}") String password;

  ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, password).getForEntity(path, String.class);
  }

  ResponseEntity<String> copy(String sender, String caseNumber, String user, String group) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    Map<String, Object> body = new HashMap<>();
    body.put("recipientUserId", user);
    body.put("recipientGroupId", group);
    body.put("note", "请阅知");
    return rest.withBasicAuth(sender, password).exchange("/api/v1/cases/" + caseNumber + "/copies", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  String accepted() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return caseNumber;
  }

  static Map<String, String> byId(JsonNode list, String id) {
    Map<String, String> names = new HashMap<>();
    list.forEach(n -> names.put(n.get(id).asText(), n.get("name").asText()));
    return names;
  }

  @Test
  void theSenderIsOfferedByNameExactlyWhomTheRulesAccept() throws Exception {
    String caseNumber = accepted();

    ResponseEntity<String> answer = get("window1", "/api/v1/cases/" + caseNumber + "/copy-recipients");
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode recipients = json.readTree(answer.getBody());
    Map<String, String> users = byId(recipients.get("users"), "userId");
    assertThat(users).containsEntry("head1", "刘志远（head1）").containsEntry("window2", "李静（window2）")
        .containsEntry("reviewer1", "王强（reviewer1）").containsEntry("supervisor1", "吴刚（supervisor1）")
        .containsEntry("samr1", "周丽（samr1）")
        // not oneself, not another bureau's, not another item's regulator, not an auditor or an expert
        .doesNotContainKeys("window1", "ahead1", "awindow1", "bhead1", "nhc1", "auditor1", "expert1", "analyst1");
    assertThat(recipients.get("users").findValuesAsText("groups")).contains("局负责人", "市场监督管理局");
    Map<String, String> groups = byId(recipients.get("groups"), "groupId");
    assertThat(groups).containsEntry("bureauHead", "局负责人").containsEntry("window", "综合受理窗口")
        .containsEntry("regulatorSamr", "市场监督管理局（本事项监管部门）")
        .doesNotContainKeys("regulatorNhc", "auditor", "surveyExpert");

    // every one offered is accepted
    List<String> refused = new ArrayList<>();
    for (String user : users.keySet()) {
      ResponseEntity<String> sent = copy("window1", caseNumber, user, null);
      if (sent.getStatusCode() != HttpStatus.CREATED) {
        refused.add(user + ": " + sent.getBody());
      }
    }
    for (String group : groups.keySet()) {
      ResponseEntity<String> sent = copy("window1", caseNumber, null, group);
      if (sent.getStatusCode() != HttpStatus.CREATED) {
        refused.add(group + ": " + sent.getBody());
      }
    }
    assertThat(refused).isEmpty();

    // only who may copy the case may list its recipients
    ResponseEntity<String> notAWorker = get("decider1", "/api/v1/cases/" + caseNumber + "/copy-recipients");
    assertThat(notAWorker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(notAWorker.getBody()).contains("只有办理过该办件的工作人员");
    assertThat(get("awindow1", "/api/v1/cases/" + caseNumber + "/copy-recipients").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // the same in Tasklist, for the case of a task
    Task open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list().get(0);
    ResponseEntity<String> inTasklist = WebappSession.login(rest, "tasklist", "window1", password)
        .get(TASKLIST + "/tasks/" + open.getId() + "/copy-recipients");
    assertThat(inTasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byId(json.readTree(inTasklist.getBody()).get("users"), "userId")).isEqualTo(users);
    ResponseEntity<String> deciderInTasklist = WebappSession.login(rest, "tasklist", "decider1", password)
        .get(TASKLIST + "/tasks/" + open.getId() + "/copy-recipients");
    assertThat(deciderInTasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deciderInTasklist.getBody()).contains("只有办理过该办件的工作人员");
  }

  @Test
  void theRecipientListsAndDownloadsTheCasesDocumentsAndNobodyElseDoes() throws Exception {
    String caseNumber = accepted();
    String other = accepted();
    long id = json.readTree(copy("window1", caseNumber, "samr1", null).getBody()).get("id").asLong();

    JsonNode documents = json.readTree(get("samr1", "/api/v1/copies/" + id).getBody()).get("documents");
    long acceptance = store.ofCaseAndKind(caseNumber, NoticeKind.ACCEPTANCE).get(0).id();
    String number = store.ofCaseAndKind(caseNumber, NoticeKind.ACCEPTANCE).get(0).documentNumber();
    assertThat(documents.findValuesAsText("title")).contains("受理通知书");
    assertThat(documents.findValuesAsText("documentNumber")).contains(number);
    assertThat(documents.findValuesAsText("id")).contains(String.valueOf(acceptance));
    assertThat(documents.findValuesAsText("caseNumber")).containsOnly(caseNumber);
    byte[] stored = store.content(acceptance).orElseThrow();

    ResponseEntity<byte[]> api = rest.withBasicAuth("samr1", password)
        .getForEntity("/api/v1/copies/" + id + "/documents/" + acceptance, byte[].class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(api.getBody()).isEqualTo(stored).startsWith("%PDF".getBytes());
    WebappSession samr = WebappSession.login(rest, "tasklist", "samr1", password);
    ResponseEntity<byte[]> tasklist = samr.getBytes(TASKLIST + "/copies/" + id + "/documents/" + acceptance);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).isEqualTo(stored);
    assertThat(tasklist.getHeaders().getFirst("X-Content-SHA256"))
        .isEqualTo(store.ofCaseAndKind(caseNumber, NoticeKind.ACCEPTANCE).get(0).sha256());

    // only the copy's case: another case's document through this copy is not found
    long otherDocument = store.ofCaseAndKind(other, NoticeKind.ACCEPTANCE).get(0).id();
    assertThat(rest.withBasicAuth("samr1", password).getForEntity("/api/v1/copies/" + id + "/documents/"
        + otherDocument, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(samr.get(TASKLIST + "/copies/" + id + "/documents/" + otherDocument).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // who holds no copy of the case gets nothing: another regulator, an officer of the bureau, another bureau's
    for (String stranger : List.of("nhc1", "head1", "awindow1")) {
      assertThat(rest.withBasicAuth(stranger, password).getForEntity("/api/v1/copies/" + id + "/documents/"
          + acceptance, String.class).getStatusCode()).as(stranger).isEqualTo(HttpStatus.NOT_FOUND);
    }
    ResponseEntity<String> nhc = WebappSession.login(rest, "tasklist", "nhc1", password)
        .get(TASKLIST + "/copies/" + id + "/documents/" + acceptance);
    assertThat(nhc.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(nhc.getBody()).contains("不是抄送给您的");
  }
}
