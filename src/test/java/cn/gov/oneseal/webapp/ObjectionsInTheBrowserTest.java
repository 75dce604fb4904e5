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
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 批前公示 in real headless Chromium: an objection sent anonymously to a 建设工程规划许可's publicity reaches the review
 * form once the period is over — reviewer1 reads it, numbered, with the day it came, without the objector's name or
 * contact, above the field for the answers. Screenshots in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class ObjectionsInTheBrowserTest extends BrowserWalk {

  ObjectionsInTheBrowserTest() {
    super("objections-");
  }

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theReviewerReadsTheObjectionsInTheReviewForm() throws Exception {
    Officers officers = new Officers(engine, submissions);
    String caseNumber = officers.register("window1", "PlanningPermit", Applications.of("M01", "M02", "M03"))
        .getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    long id = jdbc.queryForObject("select id from pre_publicity where case_number = ?", Long.class, caseNumber);
    String text = "拟建楼栋距本小区 3 号楼过近，冬至日照不足";
    assertThat(rest.postForEntity("/api/v1/public/pre-publicity/" + id + "/objections",
        Map.of("name", "李四", "contact", "13800000001", "text", text), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    officers.endPrePublicity(caseNumber);
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    officers.run("reviewer1", () -> engine.getTaskService().claim(review.getId(), "reviewer1"));

    Browser reviewer = loggedIn("reviewer1", "tasklist", "login");
    step(reviewer, "task", () -> {
      reviewer.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='我的待办']"));
      reviewer.visible(By.cssSelector("input.main-field[placeholder='筛选任务']")).sendKeys(caseNumber, Keys.ENTER);
      reviewer.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + caseNumber + "')]"));
    });
    step(reviewer, "objections", () -> {
      reviewer.seeText("批前公示期间收到的意见");
      reviewer.seeText("第 1 条");
      reviewer.seeText(text);
      // the field for the answers comes with the choice to submit the review opinion
      reviewer.click(By.xpath("//label[contains(., '提交审查意见')]"));
      reviewer.seeText("答复批前公示意见");
      assertThat(reviewer.text(By.tagName("body"))).doesNotContain("李四").doesNotContain("13800000001");
    });
  }
}
