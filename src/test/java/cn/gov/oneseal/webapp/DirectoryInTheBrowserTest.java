package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.DirectorySpringTest;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.support.TestDirectory;
import cn.gov.oneseal.window.WindowSubmissions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ldap profile in real headless Chromium, as a new officer tries it: window1 logs into Tasklist with their
 * directory password and finds their bureau's case, not the county's; reviewer1, whom the directory also makes a
 * decider, cannot take the decision of the case they reviewed (一审一核) and reads why. Screenshots in
 * target/browser-screenshots/.
 */
@DirectorySpringTest
@Tag("browser")
class DirectoryInTheBrowserTest extends BrowserWalk {

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;

  DirectoryInTheBrowserTest() {
    super("ldap-");
  }

  @AfterEach
  void restoreDirectory() {
    TestDirectory.restore();
  }

  @Test
  void aDirectoryOfficerWorksInTasklistWithinTheirBureauAndTheReviewerCannotDecide() throws Exception {
    Officers officers = new Officers(engine, submissions);
    String city = officers.register("window1", Applications.food()).getBusinessKey();
    String county = officers.register("awindow1", Applications.food()).getBusinessKey();
    TestDirectory.membership(TestDirectory.userDn("reviewer1", "市行政审批服务局"), "审批局-审批决定人", true);
    String reviewed = officers.reviewedFood();

    Browser window1 = loggedIn("window1", "tasklist", "login");
    step(window1, "window-tasks", () -> {
      window1.seeText("张敏");
      window1.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='"
          + "综合受理窗口待办']"));
      window1.seeText(city);
    });
    assertThat(window1.text()).as("the county's case").doesNotContain(county);

    Browser reviewer1 = loggedIn("reviewer1", "tasklist", "login");
    step(reviewer1, "refused-decision", () -> {
      reviewer1.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='"
          + "审批决定人待办']"));
      reviewer1.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(., '" + reviewed + "')]"));
      reviewer1.click(By.xpath("//button[normalize-space(.)='认领'] | //a[normalize-space(.)='认领']"));
      reviewer1.seeText("一审一核");
    });
    assertThat(officers.task(reviewed, "Task_DecideApplication").getAssignee()).isNull();
  }
}
