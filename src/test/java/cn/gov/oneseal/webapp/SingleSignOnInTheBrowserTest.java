package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.support.SsoSpringTest;
import cn.gov.oneseal.support.TestIdentityProvider;
import cn.gov.oneseal.window.WindowSubmissions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Single sign-on in real headless Chromium (profiles ldap and sso; the provider is support/TestIdentityProvider): a
 * directory officer opening Tasklist lands on the provider's login page, comes back logged in with their directory
 * name and their bureau's tasks, and 退出 logs them out here and at the provider (the next visit asks for the login
 * again); someone the provider knows but the directory does not is refused with the reason. Screenshots in
 * target/browser-screenshots/.
 */
@SsoSpringTest
@Tag("browser")
class SingleSignOnInTheBrowserTest extends BrowserWalk {

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;

  SingleSignOnInTheBrowserTest() {
    super("sso-");
  }

  @Test
  void anOfficerLogsInThroughTheProviderWorksInTasklistAndLogsOutThere() throws Exception {
    String caseNumber = new Officers(engine, submissions).register("window1", Applications.food()).getBusinessKey();
    Browser window1 = browser("window1");
    step(window1, "provider-login", () -> {
      window1.driver.get(url("tasklist"));
      window1.waitFor("the provider's login page")
          .until(d -> d.getCurrentUrl().startsWith(TestIdentityProvider.issuer()));
      assertThat(window1.driver.getTitle()).contains("统一身份认证");
      window1.visible(By.id("username")).sendKeys("window1");
      window1.click(By.id("submit"));
    });
    step(window1, "tasklist", () -> {
      window1.waitFor("back in Tasklist").until(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/"));
      window1.seeText("张敏");
      window1.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='"
          + "综合受理窗口待办']"));
      window1.seeText(caseNumber);
    });
    step(window1, "logout", () -> {
      window1.click(By.cssSelector("li.account > a"));
      window1.waitFor("the logout link taken over").until(d -> !d.findElements(By.cssSelector("a.oneseal-sso-logout"))
          .isEmpty());
      window1.click(By.cssSelector("a.oneseal-sso-logout"));
      window1.waitFor("the provider's login page again").until(d -> d.getCurrentUrl().startsWith(
          TestIdentityProvider.issuer()) && !d.findElements(By.id("username")).isEmpty());
    });
    step(window1, "after-logout", () -> {
      window1.driver.get(url("tasklist"));
      window1.waitFor("asked to log in again").until(d -> d.getCurrentUrl().startsWith(TestIdentityProvider.issuer()));
    });
  }

  @Test
  void someoneTheDirectoryDoesNotHaveIsRefusedWithTheReason() throws Exception {
    Browser stranger = browser("stranger");
    step(stranger, "refused", () -> {
      stranger.driver.get(url("tasklist"));
      stranger.visible(By.id("username")).sendKeys("stranger");
      stranger.click(By.id("submit"));
      stranger.seeText("不在本局工作人员名录中");
    });
    step(stranger, "another-account", () -> {
      stranger.click(By.linkText("退出统一身份认证，换一个账号登录"));
      stranger.waitFor("the provider's login page").until(d -> d.getCurrentUrl().startsWith(
          TestIdentityProvider.issuer()) && !d.findElements(By.id("username")).isEmpty());
      stranger.visible(By.id("username")).sendKeys("reviewer1");
      stranger.click(By.id("submit"));
      stranger.seeText("王强");
    });
  }
}
