package cn.gov.oneseal.webapp;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 转办 in real headless Chromium: reviewer1 claims a review task in Tasklist and transfers it to reviewer2 with the
 * 转办 button (a refusal without a reason shows the server's message); reviewer2 finds it in 我的待办 with who handed it
 * over, when and why; an officer declares an absence with a stand-in in the 请假/代理 dialog and cancels it.
 * Screenshots in target/browser-screenshots/.
 */
@Tag("browser")
class TransferInTheBrowserTest extends CaseTest {

  private static final String REASON = "本人明日起外出培训三天，请赵磊接办";

  @LocalServerPort int port;
  @Value("${oneseal.demo.password}") String password;

  private final List<Browser> open = new ArrayList<>();
  private int shot;

  @BeforeEach
  void chromiumAndMonday() {
    Browser.requireChromium();
    ClockUtil.reset();
    ClockUtil.offset(shanghai(2026, 3, 2, 9, 0, 0).getTime() - System.currentTimeMillis());
  }

  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void closeBrowsers() {
    open.forEach(Browser::close);
    jdbc.update("delete from officer_absence");
  }

  @Test
  void anOfficerDeclaresAndCancelsAnAbsenceInTasklist() throws Exception {
    Browser reviewer1 = tasklist("reviewer1");
    step(reviewer1, "absence-dialog", () -> {
      reviewer1.click(By.cssSelector("a.oneseal-absence-link"));
      reviewer1.seeText("没有尚未结束的请假");
      reviewer1.select(By.cssSelector(".oneseal-absence-dialog select[name=standIn]"), "赵磊（reviewer2）");
      reviewer1.script("arguments[0].value = '2026-03-03'", reviewer1.visible(By.cssSelector("input[name=firstDay]")));
      reviewer1.script("arguments[0].value = '2026-03-02'", reviewer1.visible(By.cssSelector("input[name=lastDay]")));
      reviewer1.click(By.cssSelector("button.oneseal-absence-submit"));
      assertThat(reviewer1.text(By.cssSelector(".oneseal-absence-error"))).contains("最后一天不能早于第一天");
    });
    step(reviewer1, "absence-declared", () -> {
      reviewer1.script("arguments[0].value = '2026-03-04'", reviewer1.visible(By.cssSelector("input[name=lastDay]")));
      reviewer1.visible(By.cssSelector("input[name=reason]")).sendKeys("外出培训");
      reviewer1.click(By.cssSelector("button.oneseal-absence-submit"));
      reviewer1.seeText("已登记");
      assertThat(reviewer1.text(By.cssSelector(".oneseal-absence-list tbody"))).as("officers by name")
          .contains("王强（reviewer1）").contains("赵磊（reviewer2）").contains("2026-03-03 至 2026-03-04").contains("未开始");
      assertThat(jdbc.queryForObject("select count(*) from officer_absence where user_id = 'reviewer1'"
          + " and stand_in = 'reviewer2' and cancelled_at is null", Integer.class)).isOne();
    });
    step(reviewer1, "absence-cancelled", () -> {
      reviewer1.click(By.cssSelector("button.oneseal-absence-cancel"));
      reviewer1.seeText("已撤销");
      assertThat(jdbc.queryForObject("select count(*) from officer_absence where user_id = 'reviewer1'"
          + " and cancelled_at is not null", Integer.class)).isOne();
    });
  }

  @Test
  void aReviewerTransfersATaskToAColleagueWhoSeesWhyInTheirTasks() throws Exception {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);

    Browser reviewer1 = tasklist("reviewer1");
    step(reviewer1, "review-task", () -> {
      openTask(reviewer1, "审查员待办", caseNumber);
      reviewer1.click(By.xpath("//button[normalize-space(.)='认领'] | //a[normalize-space(.)='认领']"));
      reviewer1.visible(By.cssSelector("button[ng-click='complete()']"));
    });
    step(reviewer1, "transfer-dialog", () -> {
      reviewer1.click(By.cssSelector("button.oneseal-handover-button"));
      reviewer1.select(By.cssSelector(".oneseal-handover-dialog select[name=to]"), "赵磊（reviewer2）");
      reviewer1.click(By.cssSelector(".oneseal-handover-dialog button.oneseal-handover-submit"));
      // no reason: the server's rule, in Chinese, in the dialog
      assertThat(reviewer1.text(By.cssSelector(".oneseal-handover-error"))).contains("请填写转办理由");
      assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    });
    step(reviewer1, "transferred", () -> {
      reviewer1.visible(By.cssSelector(".oneseal-handover-dialog textarea[name=reason]")).sendKeys(REASON);
      reviewer1.click(By.cssSelector(".oneseal-handover-dialog button.oneseal-handover-submit"));
      reviewer1.waitFor("the dialog stays open").until(d -> d.findElements(By.cssSelector(".oneseal-handover-dialog"))
          .isEmpty());
      reviewer1.waitFor("the task is not reviewer2's").until(d -> "reviewer2".equals(
          officers.task(caseNumber, "Task_ReviewApplication").getAssignee()));
    });

    Browser reviewer2 = tasklist("reviewer2");
    step(reviewer2, "my-tasks", () -> {
      openTask(reviewer2, "我的待办", caseNumber);
      String note = reviewer2.text(By.cssSelector(".oneseal-handover-note"));
      assertThat(note).contains("转办").contains("王强（reviewer1）").contains("赵磊（reviewer2）").contains(REASON)
          .contains("2026-03-02");
      reviewer2.visible(By.cssSelector("button.oneseal-handover-button"));
    });
  }

  private String url(String app) {
    return "http://localhost:" + port + "/camunda/app/" + app + "/";
  }

  private Browser tasklist(String user) throws Exception {
    Browser browser = Browser.open(user);
    open.add(browser);
    step(browser, "tasklist", () -> browser.login(url("tasklist"), password));
    return browser;
  }

  private void step(Browser browser, String what, Runnable action) {
    String name = String.format("transfer-%02d-%s-%s", ++shot, browser.user, what);
    try {
      action.run();
      browser.screenshot(name);
    } catch (RuntimeException | AssertionError e) {
      browser.screenshot(name + "-FAILED");
      throw e;
    }
  }

  /** Opens the filter, searches its tasks for the case number and opens the case's review task. */
  private static void openTask(Browser browser, String filter, String caseNumber) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='" + filter + "']"));
    By pills = By.cssSelector("[cam-widget-search-pill] a.remove-search");
    while (!browser.driver.findElements(pills).isEmpty()) {
      browser.click(pills);
    }
    WebElement input = browser.visible(By.cssSelector("input.main-field[placeholder='筛选任务']"));
    input.sendKeys(caseNumber, Keys.ENTER);
    browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[starts-with(normalize-space(.), '审查 · ')]"
        + "[contains(., '" + caseNumber + "')]"));
  }
}
