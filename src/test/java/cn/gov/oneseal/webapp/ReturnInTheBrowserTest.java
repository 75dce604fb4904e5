package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

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
 * 退回 in real headless Chromium: decider1 opens the decision task in Tasklist and returns it with the 退回重审
 * button (without a reason the server's rule shows in the dialog); reviewer1 finds the returned review task in 我的待办
 * with who returned it and why, in the action bar and in the task's form; supervisor1 finds the return on the case's
 * 办件历史 timeline in Cockpit and counted on the e-supervision dashboard. Screenshots in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class ReturnInTheBrowserTest extends BrowserWalk {

  private static final String REASON = "经营场所平面图与现场照片不符，请核对后重新审查";

  ReturnInTheBrowserTest() {
    super("return-");
  }

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;

  @Test
  void theDeciderReturnsACaseAndTheReviewerSeesItWithTheReasonInMyTasks() throws Exception {
    Officers officers = new Officers(engine, submissions);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    officers.run("decider1", () -> engine.getTaskService().claim(decide.getId(), "decider1"));

    Browser decider = loggedIn("decider1", "tasklist", "login");
    step(decider, "decision-task", () -> {
      openTask(decider, "我的待办", caseNumber, "决定 · ");
      decider.visible(By.cssSelector("button.oneseal-return-button"));
      assertThat(decider.text(By.cssSelector("button.oneseal-return-button"))).isEqualTo("退回重审");
    });
    step(decider, "refused", () -> {
      decider.click(By.cssSelector("button.oneseal-return-button"));
      decider.click(By.cssSelector(".oneseal-return-dialog button.oneseal-return-submit"));
      assertThat(decider.text(By.cssSelector(".oneseal-return-error"))).contains("请填写退回理由");
      assertThat(officers.task(caseNumber, "Task_DecideApplication")).isNotNull();
    });
    step(decider, "returned", () -> {
      decider.visible(By.cssSelector(".oneseal-return-dialog textarea[name=reason]")).sendKeys(REASON);
      decider.click(By.cssSelector(".oneseal-return-dialog button.oneseal-return-submit"));
      decider.waitFor("the dialog closes").until(d -> d.findElements(By.cssSelector(".oneseal-return-dialog"))
          .isEmpty());
      decider.waitFor("the review is reviewer1's").until(d -> {
        Task review = officers.task(caseNumber, "Task_ReviewApplication");
        return review != null && "reviewer1".equals(review.getAssignee());
      });
    });

    Browser reviewer = loggedIn("reviewer1", "tasklist", "login");
    step(reviewer, "my-tasks", () -> {
      openTask(reviewer, "我的待办", caseNumber, "审查 · ");
      String note = reviewer.text(By.cssSelector(".oneseal-return-note"));
      assertThat(note).contains("退回重审").contains("decider1").contains(REASON).contains("2026-03-02");
      // the review form says it too, and offers 退回受理 in its turn
      reviewer.seeText("退回重审：");
      reviewer.visible(By.cssSelector("button.oneseal-return-button"));
      assertThat(reviewer.text(By.cssSelector("button.oneseal-return-button"))).isEqualTo("退回受理");
    });

    Browser supervisor = loggedIn("supervisor1", "cockpit", "login");
    step(supervisor, "timeline", () -> {
      supervisor.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2400));
      supervisor.click(By.xpath("//a[normalize-space(.)='办件历史']"));
      supervisor.visible(By.cssSelector("input[name=caseNumber]")).sendKeys(caseNumber);
      supervisor.click(By.xpath("//form[contains(@class,'case-history-form')]//button[normalize-space(.)='查询']"));
      supervisor.click(By.xpath("//button[contains(@class,'case-link')][normalize-space(.)='" + caseNumber + "']"));
      supervisor.waitFor("the return on the timeline").until(d -> d.findElements(By.xpath(
          "//table[contains(@class,'case-history-entries')]//td[normalize-space(.)='退回重审']")).size() == 1);
      assertThat(supervisor.text()).contains("退回重审：决定 → 审查").contains(REASON);
    });
    step(supervisor, "dashboard", () -> {
      supervisor.click(By.xpath("//a[normalize-space(.)='电子监察看板']"));
      // the dashboard reads every case of the shared test database (hundreds of cards in the full run): give it time
      supervisor.waitFor("the returns per officer on the dashboard").withTimeout(java.time.Duration.ofSeconds(120))
          .until(d -> String.valueOf(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
              "return document.body.textContent")).contains("退回（按工作人员"));
      String page = (String) supervisor.script("return document.querySelector('section.supervision').textContent");
      assertThat(page).contains("退回（按工作人员，统计区间内退回的）").contains("decider1");
    });
  }

  /** Opens the filter, searches its tasks for the case number and opens the case's task whose name starts so. */
  private static void openTask(Browser browser, String filter, String caseNumber, String name) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='" + filter + "']"));
    By pills = By.cssSelector("[cam-widget-search-pill] a.remove-search");
    while (!browser.driver.findElements(pills).isEmpty()) {
      browser.click(pills);
    }
    browser.visible(By.cssSelector("input.main-field[placeholder='筛选任务']")).sendKeys(caseNumber, Keys.ENTER);
    browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[starts-with(normalize-space(.), '" + name
        + "')][contains(., '" + caseNumber + "')]"));
  }
}
