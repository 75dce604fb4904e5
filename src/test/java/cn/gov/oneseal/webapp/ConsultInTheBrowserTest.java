package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.consultation.Consulting;
import cn.gov.oneseal.consultation.ReplyState;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.window.WindowSubmissions;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 征求意见 in real headless Chromium: reviewer2, on the review task they claimed, opens 征求意见, is refused without a
 * question (the rule, readable), asks expert1 (picked by name) with a question; the task's tab 征求意见 shows 待答复;
 * expert1 finds the task under 征求我的意见 with the question. Screenshots in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class ConsultInTheBrowserTest extends BrowserWalk {

  ConsultInTheBrowserTest() {
    super("consult-");
  }

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;
  @Autowired Consulting consulting;

  @Test
  void reviewerTwoConsultsExpertOneWhoFindsTheQuestion() throws Exception {
    Officers officers = new Officers(engine, submissions);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer2", () -> engine.getTaskService().claim(review.getId(), "reviewer2"));
    String question = "后厨排烟设施与图纸不符，是否影响准予许可？";

    Browser reviewer = loggedIn("reviewer2", "tasklist", "login");
    step(reviewer, "task", () -> {
      reviewer.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='我的待办']"));
      reviewer.visible(By.cssSelector("input.main-field[placeholder='筛选任务']")).sendKeys(caseNumber, Keys.ENTER);
      reviewer.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + caseNumber + "')]"));
      reviewer.visible(By.cssSelector("button.oneseal-consultation-button"));
    });
    step(reviewer, "refused", () -> {
      reviewer.click(By.cssSelector("button.oneseal-consultation-button"));
      reviewer.click(By.xpath("//div[contains(@class,'oneseal-consultation-users')]//label[contains(., '方毅')]/input"));
      reviewer.click(By.cssSelector("button.oneseal-consultation-submit"));
      reviewer.seeText("请填写征求意见的问题");
    });
    step(reviewer, "asked", () -> {
      reviewer.visible(By.cssSelector("textarea[name=question]")).sendKeys(question);
      reviewer.click(By.cssSelector("button.oneseal-consultation-submit"));
      reviewer.waitFor("the dialog closed").until(d -> d.findElements(
          By.cssSelector(".oneseal-consultation-dialog")).isEmpty());
      reviewer.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='征求意见']"));
      reviewer.visible(By.cssSelector(".oneseal-consultation-entry"));
      assertThat(reviewer.text(By.cssSelector(".oneseal-consultation-entry"))).contains(question)
          .contains("方毅（expert1）").contains("待答复").contains("尚有待答复，暂不能办结本环节");
    });
    assertThat(consulting.pendingOn(review.getId())).singleElement()
        .satisfies(c -> assertThat(c.replies().get(0).state()).isEqualTo(ReplyState.OPEN));

    Browser expert = loggedIn("expert1", "tasklist", "login-expert");
    step(expert, "filter", () -> {
      expert.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='征求我的意见']"));
      By task = By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + caseNumber + "')]");
      assertThat(expert.text(task)).startsWith("答复征求意见");
      expert.click(task);
      expert.seeText(question);
      expert.seeText("答复意见");
    });
  }
}
