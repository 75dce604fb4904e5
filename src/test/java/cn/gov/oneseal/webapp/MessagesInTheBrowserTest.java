package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.outbox.Outbox;
import cn.gov.oneseal.outbox.OutboxMessage;
import cn.gov.oneseal.outbox.OutboxMessages;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.window.WindowSubmissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 通知记录 in real headless Chromium: window1 opens the 受理审查 task of a case registered with a mobile number and reads,
 * in the task's tab 通知记录, the text its 收件凭证 sent the applicant — 短信, the number masked, 已发送. Screenshots in
 * target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class MessagesInTheBrowserTest extends BrowserWalk {

  MessagesInTheBrowserTest() {
    super("messages-");
  }

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;
  @Autowired OutboxMessages messages;

  @Test
  void theWindowReadsTheTextsDeliveryStateInTheTasksTab() throws Exception {
    Officers officers = new Officers(engine, submissions);
    Map<String, Object> form = new HashMap<>(Applications.food());
    form.put("contactPhone", "13912345678");
    String caseNumber = officers.register("window1", form).getBusinessKey();
    List<Long> ofCase = messages.ofCase(caseNumber).stream().map(OutboxMessage::id).toList();
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (job instanceof JobEntity entity && Outbox.JOB_TYPE.equals(entity.getJobHandlerType())
          && ofCase.contains(Long.parseLong(entity.getJobHandlerConfigurationRaw()))) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
    assertThat(messages.ofCase(caseNumber)).filteredOn(m -> m.channel().equals("SMS")).singleElement()
        .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMessage.State.SENT));

    Browser window = loggedIn("window1", "tasklist", "login");
    step(window, "task", () -> {
      window.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='组待办']"));
      window.visible(By.cssSelector("input.main-field[placeholder='筛选任务']")).sendKeys(caseNumber, Keys.ENTER);
      window.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + caseNumber + "')]"));
    });
    step(window, "messages", () -> {
      window.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='通知记录']"));
      By text = By.xpath("//table[contains(@class,'oneseal-messages')]//tr[td[normalize-space(.)='短信']]");
      window.visible(text);
      assertThat(window.text(text)).contains("139****5678").contains("已发送");
    });
  }
}
