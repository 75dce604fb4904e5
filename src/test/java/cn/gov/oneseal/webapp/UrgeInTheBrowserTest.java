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
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.Cards;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 催办 in real headless Chromium: supervisor1 opens a case in Cockpit's 办件历史, is refused without a note (the
 * server's rule, readable), urges its review step with a note and sees the urge on the timeline; reviewer1, who holds
 * the step, finds it in Tasklist's 被催办 with the 被催办 mark and reads the note on the task's tab 催办.
 * Screenshots in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class UrgeInTheBrowserTest extends BrowserWalk {

  UrgeInTheBrowserTest() {
    super("urge-");
  }

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;
  @Autowired Cards cards;


  Browser browser(String user, String app) throws Exception {
    return loggedIn(user, app, "login-" + app);
  }

  @Test
  void theSupervisorUrgesAStepAndItsAssigneeSeesTheMarkAndTheNoteInTasklist() throws Exception {
    Officers officers = new Officers(engine, submissions);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer1", () -> engine.getTaskService().claim(review.getId(), "reviewer1"));
    String note = "该件审查已近期限，请今日内完成";

    Browser supervisor = browser("supervisor1", "cockpit");
    step(supervisor, "case", () -> {
      supervisor.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2400));
      supervisor.click(By.xpath("//a[normalize-space(.)='办件历史']"));
      supervisor.visible(By.cssSelector("input[name=caseNumber]")).sendKeys(caseNumber);
      supervisor.click(By.xpath("//form[contains(@class,'case-history-form')]//button[normalize-space(.)='查询']"));
      supervisor.click(By.xpath("//button[contains(@class,'case-link')][normalize-space(.)='" + caseNumber + "']"));
      supervisor.visible(By.cssSelector("form.urging-form"));
      // the open step with who holds it, beside 全部在办环节
      assertThat(supervisor.text(By.cssSelector("select[name=urgeStep]"))).contains("全部在办环节")
          .contains("reviewer1");
    });
    step(supervisor, "refused", () -> {
      supervisor.click(By.cssSelector("button.urging-submit"));
      supervisor.seeText("催办未成功：请求有误：请填写催办意见");
    });
    step(supervisor, "urged", () -> {
      supervisor.visible(By.cssSelector("textarea[name=urgeNote]")).sendKeys(note);
      supervisor.click(By.cssSelector("button.urging-submit"));
      supervisor.seeText("已催办 1 个环节");
      // the timeline is read again: the urge is on it
      supervisor.waitFor("the urge on the timeline").until(d -> d.findElements(By.xpath(
          "//table[contains(@class,'case-history-entries')]//td[normalize-space(.)='催办']")).size() == 1);
      assertThat(supervisor.text()).contains(note);
    });

    Browser reviewer = browser("reviewer1", "tasklist");
    step(reviewer, "filter", () -> {
      reviewer.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='被催办']"));
      reviewer.visible(By.cssSelector("input.main-field[placeholder='筛选任务']")).sendKeys(caseNumber, Keys.ENTER);
      By task = By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + caseNumber + "')]");
      assertThat(reviewer.text(task)).startsWith("审查");
      reviewer.visible(By.cssSelector(".urging-mark"));
      assertThat(reviewer.text(By.cssSelector(".urging-mark"))).contains("被催办 1 次");
      reviewer.click(task);
    });
    step(reviewer, "note", () -> {
      reviewer.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='催办']"));
      reviewer.visible(By.cssSelector(".urging-banner"));
      assertThat(reviewer.text(By.cssSelector(".urging-banner"))).contains("该任务已被催办 1 次").contains(note)
          .contains("supervisor1");
    });
  }

  /**
   * The bureau head urges from Tasklist: the navbar's 催办 lists the bureau's carded open steps; without a note the
   * server's rule shows; with one the step is urged.
   */
  @Test
  void theBureauHeadUrgesACardedStepFromTasklist() throws Exception {
    Officers officers = new Officers(engine, submissions);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    var now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    cards.insert(new Card(0, caseNumber, "FoodBusinessLicence", "city", review.getId(), "审查", review.getId(),
        CardKind.RED, now, now, "reviewer", null, "OPEN", null, null, null));

    Browser head = browser("head1", "tasklist");
    step(head, "head-carded", () -> {
      head.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1600));
      head.click(By.cssSelector("a.urging-navbar"));
      head.visible(By.cssSelector("table.urging-carded"));
      assertThat(head.text(By.cssSelector("table.urging-carded"))).contains(caseNumber).contains("红牌");
      head.click(By.cssSelector("input.urging-choice[value='task:" + review.getId() + "']"));
    });
    step(head, "head-refused", () -> {
      head.click(By.cssSelector(".urging-dialog button.urging-submit"));
      head.seeText("催办未成功：请填写催办意见");
    });
    step(head, "head-urged", () -> {
      head.visible(By.cssSelector("textarea.urging-note-input")).sendKeys("红牌环节，请今日办结");
      head.click(By.cssSelector(".urging-dialog button.urging-submit"));
      head.seeText("已催办：" + caseNumber);
    });
    assertThat(engine.getTaskService().getVariableLocal(review.getId(), "urged")).isEqualTo(true);
  }
}
