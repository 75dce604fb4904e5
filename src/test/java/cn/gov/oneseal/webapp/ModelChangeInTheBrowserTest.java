package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.ModelerDeploy;
import cn.gov.oneseal.support.OneSealSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The bureau head reviews an analyst's model change in Tasklist, in Chromium with a Chinese locale: the approval form
 * shows what changed element by element, the checks and the dry-run of the running cases; the head refuses it with
 * the reason, and the change is withdrawn (nothing deployed). Screenshots in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class ModelChangeInTheBrowserTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Value("${oneseal.demo.password}") String password;

  private Browser head;

  @BeforeEach
  void chromium() {
    Browser.requireChromium();
  }

  @AfterEach
  void close() {
    if (head != null) {
      head.close();
    }
  }

  @Test
  void theHeadReadsTheDiffAndTheDryRunAndRefusesTheChange() throws Exception {
    String changed = ModelerDeploy.committed("processes/Stage_Dispatch.bpmn")
        .replace("name=\"监管签收\"", "name=\"监管部门签收（浏览器）\"");
    ResponseEntity<String> answer = ModelerDeploy.file("Stage_Dispatch.bpmn", changed).named("签收环节改名")
        .as(rest, "analyst1");
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    String number = json.readTree(answer.getBody()).get("id").asText().substring("model-change-".length());
    String businessKey = "MC-" + number;
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
    // the dry-run, as the job executor would run it
    engine.getManagementService().createJobQuery().processInstanceId(instance).list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(
        "Stage_Dispatch").withoutTenantId().latestVersion().singleResult().getId();

    head = Browser.open("head1");
    try {
      head.login("http://localhost:" + port + "/camunda/app/tasklist/", password);
      head.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='组待办']"));
      head.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[starts-with(normalize-space(.), '审批模型变更')]"));
      head.click(By.xpath("//button[normalize-space(.)='认领'] | //a[normalize-space(.)='认领']"));
      head.visible(By.cssSelector("button[ng-click='complete()']"));
      head.seeText("变更第 " + number + " 号");
      head.seeText("变更内容（逐个元素）");
      head.seeText("监管部门签收（浏览器）");
      head.seeText("全部检查通过");
      head.seeText("在办件试迁移");
      head.screenshot("model-change-review");
      head.choose("审批意见", "不予批准，撤回变更");
      head.fill("意见说明（不予批准时必填理由）", "名称与签收文书不一致");
      head.click(By.cssSelector("button[ng-click='complete()']"));
      head.waitFor("the change refused").until(d -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(instance).count() == 0);
      head.screenshot("model-change-refused");
    } catch (RuntimeException | AssertionError e) {
      head.screenshot("FAILED-model-change");
      throw e;
    }
    Map<?, ?> change = json.readValue(rest.withBasicAuth("auditor1", password)
        .getForEntity("/api/v1/admin/model-changes/" + number, String.class).getBody(), Map.class);
    assertThat(change.get("status")).isEqualTo("REFUSED");
    assertThat(change.get("decidedBy")).isEqualTo("head1");
    assertThat(change.get("opinion")).isEqualTo("名称与签收文书不一致");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("Stage_Dispatch")
        .withoutTenantId().latestVersion().singleResult().getId()).as("nothing deployed").isEqualTo(definition);
  }
}
