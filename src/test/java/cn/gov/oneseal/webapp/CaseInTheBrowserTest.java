package cn.gov.oneseal.webapp;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.gov.oneseal.support.OneSealSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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

/**
 * A case walked by the demo officers in real headless Chromium, through the webapps as a person uses them:
 * window1 registers a 人力资源服务许可 (no site survey unless the window asks for one) through the Tasklist start
 * form and accepts it, reviewer1 reviews, decider1 grants, window1 delivers, hrss1 signs for it; then auditor1 finds
 * the finished case in Cockpit's 办件历史 and reads who did what. Screenshots of every step (and of a failure) are
 * kept in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class CaseInTheBrowserTest {

  private static final String ITEM = "人力资源服务许可";
  private static final String APPLICANT = "浏览器测试人力资源服务有限公司";
  private static final Pattern CASE_NUMBER = Pattern.compile("\\d{6}\\d{8}[JCSL]\\d{6}[0-9A-Z]");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Value("${oneseal.demo.password}") String password;

  private final List<Browser> open = new ArrayList<>();
  private int shot;

  /**
   * Chromium is there (else skipped, or failed in CI: reported as a skipped test, not a class without tests), and
   * no screenshots of an earlier run are left to mislead. The
   * engine clock is shared with the other tests: a running clock from a Monday morning of a year whose holidays are
   * loaded, so the walk's deadlines never depend on the day the build runs.
   */
  @BeforeEach
  void chromiumAndMonday() {
    Browser.requireChromium();
    Browser.deleteTree(Browser.SCREENSHOTS);
    ClockUtil.reset();
    ClockUtil.offset(shanghai(2026, 3, 2, 9, 0, 0).getTime() - System.currentTimeMillis());
  }

  @AfterEach
  void closeBrowsers() {
    open.forEach(Browser::close);
    ClockUtil.reset();
  }

  String url(String app) {
    return "http://localhost:" + port + "/camunda/app/" + app + "/";
  }

  Browser browser(String user) throws Exception {
    Browser browser = Browser.open(user);
    open.add(browser);
    return browser;
  }

  void screenshot(Browser browser, String what) {
    browser.screenshot(String.format("%02d-%s-%s", ++shot, browser.user, what));
  }

  /** Runs a step; on failure keeps a screenshot of the browser first. */
  void step(Browser browser, String what, Runnable action) {
    try {
      action.run();
      screenshot(browser, what);
    } catch (RuntimeException | AssertionError e) {
      screenshot(browser, "FAILED-" + what);
      throw e;
    }
  }

  long casesOfApplicant() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("HumanResourceServiceLicence").variableValueEquals("applicantName", APPLICANT).count();
  }

  @Test
  void aCaseRegisteredAndDecidedThroughTheFormsIsReadInTheAuditorsCaseHistory() throws Exception {
    long started = System.nanoTime();

    // 收件: the window registers the application through the item's start form
    Browser window = browser("window1");
    step(window, "tasklist", () -> {
      window.login(url("tasklist"), password);
      window.seeText("我的待办");
      window.seeText("组待办");
      window.seeText("发起流程");
    });
    step(window, "start-form", () -> {
      window.click(By.xpath("//a[contains(normalize-space(.), '发起流程')]"));
      // the dialog lists 15 of the catalogue's items a page: the officer searches by the item's name
      window.clickable(By.cssSelector("input[ng-model='page.searchValue']")).sendKeys("人力资源");
      window.click(By.xpath("//a[normalize-space(.)='" + ITEM + "']"));
      window.seeText(ITEM + " · 收件登记");
      window.fill("申请人名称", APPLICANT);
      window.choose("证件类型", "统一社会信用代码");
      window.fill("证件号码", "91350100M000100Y44");
      window.fill("联系人", "林晓");
      window.fill("联系电话", "0512-66881234");
      window.fill("经营场所或项目地址", "姑苏区人民路100号");
      for (String material : List.of("从事职业中介活动申请书", "机构章程和管理制度",
          "法定代表人身份证明及3名以上专职工作人员基本情况表", "场所所有权证明或租赁合同")) {
        window.choose("已收申请材料", material);
      }
    });
    // a wrong check character: the readable message, and no case
    step(window, "start-form-refused", () -> {
      window.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      WebElement alert = window.visible(By.cssSelector(".modal-body .alert-danger"));
      window.script("arguments[0].scrollIntoView({block: 'start'});", alert);
      assertThat(alert.getText()).contains("流程未能发起").contains("统一社会信用代码校验码错误（第 18 位应为 3）");
      assertThat(casesOfApplicant()).as("no case from a refused form").isZero();
    });
    step(window, "started", () -> {
      window.fill("证件号码", "91350100M000100Y43");
      window.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
      window.wait.until(d -> d.findElements(By.cssSelector(".modal-dialog")).isEmpty());
      window.seeText("流程已发起");
    });
    assertThat(casesOfApplicant()).isEqualTo(1);

    // 受理审查: the task is in the window's filter, named after the case; its form shows the case number
    String caseNumber = openTask(window, "综合受理窗口待办", APPLICANT, "受理审查");
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey("HumanResourceServiceLicence").singleResult();
    assertThat(instance).as("the case number shown is the case's").isNotNull();
    claimAndComplete(window, "受理审查", caseNumber, () -> {
      window.seeText("办件编号 " + caseNumber);
      window.choose("受理决定", "受理");
      window.fill("受理意见 / 不予受理理由", "申请材料齐全，符合法定形式，予以受理");
    });

    // 审查 and 决定 (一审一核: two officers), each from the filter of their role
    Browser reviewer = tasklist("reviewer1");
    work(reviewer, "审查员待办", caseNumber, "审查", () -> {
      reviewer.seeText("无需勘验");
      reviewer.choose("办理", "提交审查意见");
      reviewer.choose("审查建议", "建议准予许可");
      reviewer.fill("审查意见", "机构章程、场所与专职人员符合《人力资源市场暂行条例》规定");
    });
    Browser decider = tasklist("decider1");
    work(decider, "审批决定人待办", caseNumber, "决定", () -> {
      decider.seeText("建议准予许可");
      decider.choose("审批决定", "准予许可");
      decider.fill("决定意见 / 不予许可理由", "准予许可");
    });

    // 制证送达 by the window, 监管签收 by the regulator: the case ends
    work(window, "综合受理窗口待办", caseNumber, "制证送达", () -> {
      window.select("送达方式", "窗口领取");
      window.check("已将准予许可决定书和许可证送达申请人");
    });
    Browser regulator = tasklist("hrss1");
    work(regulator, "待签收监管", caseNumber, "监管签收", () -> {
      regulator.seeText("准予许可");
      regulator.check("已签收，纳入监管");
      regulator.fill("签收意见", "已纳入事中事后监管");
    });
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .finished().count()).as("the case has ended").isOne();

    // the auditor finds the finished case in Cockpit's 办件历史 and reads its timeline
    Browser auditor = browser("auditor1");
    step(auditor, "cockpit", () -> {
      auditor.login(url("cockpit"), password);
      auditor.click(By.xpath("//a[normalize-space(.)='办件历史']"));
      auditor.visible(By.cssSelector("input[name=caseNumber]")).sendKeys(caseNumber);
      auditor.select(By.cssSelector("select[name=state]"), "已结束");
      auditor.click(By.xpath("//form[contains(@class,'case-history-form')]//button[normalize-space(.)='查询']"));
      auditor.seeText("共 1 件");
      WebElement row = auditor.visible(By.cssSelector(".case-history-table tbody tr"));
      assertThat(row.getText()).contains(caseNumber).contains(ITEM).contains(APPLICANT).contains("已办结");
    });
    step(auditor, "timeline", () -> {
      auditor.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 2400));
      auditor.click(By.xpath("//button[contains(@class,'case-link')][normalize-space(.)='" + caseNumber + "']"));
      auditor.seeText("办件 " + caseNumber + " 的办理过程");
      auditor.visible(By.cssSelector(".case-history-entries tbody tr"));
      List<List<String>> rows = auditor.driver.findElements(By.cssSelector(".case-history-entries tbody tr")).stream()
          .map(tr -> Browser.texts(tr.findElements(By.tagName("td")))).toList();
      assertThat(completedBy(rows, "受理审查")).startsWith("张敏（window1）");
      assertThat(completedBy(rows, "审查")).startsWith("王强（reviewer1）");
      assertThat(completedBy(rows, "决定")).startsWith("陈建国（decider1）");
      assertThat(completedBy(rows, "制证送达")).startsWith("张敏（window1）");
      assertThat(completedBy(rows, "监管签收")).startsWith("蒋伟（hrss1）");
      assertThat(rows).extracting(r -> r.subList(1, 4))
          .contains(List.of("收件", "收件登记", "张敏（window1）"), List.of("意见", "受理意见：受理", "张敏（window1）"),
              List.of("意见", "审查意见：准予许可", "王强（reviewer1）"),
              List.of("意见", "决定意见：准予许可", "陈建国（decider1）"),
              List.of("意见", "送达意见：窗口领取", "张敏（window1）"), List.of("意见", "监管签收意见：已签收", "蒋伟（hrss1）"));
      assertThat(rows).anySatisfy(r -> assertThat(String.join("|", r)).contains("|决定|决定：准予许可|")
          .contains("|陈建国（decider1）|").contains("许可证编号 RL"));
      assertThat(auditor.text()).contains(ITEM + "（事项目录第 1 版） · " + APPLICANT + " · 已办结");
    });
    // ... and the e-supervision dashboard beside it, with its tiles, charts and statistics
    step(auditor, "dashboard", () -> {
      auditor.click(By.xpath("//a[normalize-space(.)='电子监察看板']"));
      auditor.seeText("未办结严重红牌");
      auditor.visible(By.cssSelector(".supervision-chart svg"));
      // the page's whole text (with other tests' cases it is longer than the window; the user scrolls)
      String page = (String) auditor.script("return document.querySelector('section.supervision').textContent");
      assertThat(page).contains("超期环节（按承办部门、岗位）").contains("办件量（按事项）").contains("未办结督办牌")
          .contains("统计（按事项）").contains(ITEM);
    });

    System.out.printf("browser walk of %s: %d s%n", caseNumber, Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }

  /** Who completed the case's step (task names say "stage · case number · item · applicant"), as the timeline says. */
  static String completedBy(List<List<String>> rows, String stage) {
    return rows.stream().filter(r -> r.size() == 7 && r.get(1).equals("步骤") && r.get(2).startsWith(stage + " · "))
        .map(r -> r.get(5)).findFirst()
        .orElseThrow(() -> new AssertionError("no step " + stage + " in the timeline: " + rows));
  }

  /** The officer's browser, logged in to Tasklist. */
  Browser tasklist(String user) throws Exception {
    Browser browser = browser(user);
    step(browser, "tasklist", () -> browser.login(url("tasklist"), password));
    return browser;
  }

  /** The officer finds the case's task of the stage in the filter, claims it and completes its form. */
  void work(Browser browser, String filter, String caseNumber, String stage, Runnable fillForm) {
    openTask(browser, filter, caseNumber, stage);
    claimAndComplete(browser, stage, caseNumber, fillForm);
  }

  /**
   * Opens the officer's filter, searches the task list (task name like the text), and opens the case's task of the
   * stage; returns the case number its name shows.
   */
  String openTask(Browser browser, String filter, String search, String stage) {
    String[] caseNumber = new String[1];
    step(browser, "filter-" + stage, () -> {
      browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='" + filter + "']"));
      // the searches of an earlier visit stay: clear them
      By pills = By.cssSelector("[cam-widget-search-pill] a.remove-search");
      while (!browser.driver.findElements(pills).isEmpty()) {
        browser.click(pills);
      }
      WebElement input = browser.visible(By.cssSelector("input.main-field[placeholder='筛选任务']"));
      input.sendKeys(search, Keys.ENTER);
      By task = By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[starts-with(normalize-space(.), '" + stage
          + " · ')][contains(., '" + search + "')]");
      String name = browser.text(task);
      assertThat(name).contains(ITEM).contains(APPLICANT);
      Matcher number = CASE_NUMBER.matcher(name);
      assertThat(number.find()).as("a case number in the task's name: %s", name).isTrue();
      caseNumber[0] = number.group();
      browser.click(task);
      browser.seeText("认领");
    });
    return caseNumber[0];
  }

  /** Claims the open task, fills its form and submits it; the task then leaves the engine's open tasks. */
  void claimAndComplete(Browser browser, String stage, String caseNumber, Runnable fillForm) {
    step(browser, "form-" + stage, () -> {
      browser.click(By.xpath("//button[normalize-space(.)='认领'] | //a[normalize-space(.)='认领']"));
      browser.visible(By.cssSelector("button[ng-click='complete()']"));
      fillForm.run();
    });
    step(browser, "completed-" + stage, () -> {
      browser.click(By.cssSelector("button[ng-click='complete()']"));
      browser.waitFor(browser.user + " could not complete " + stage).until(d -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
              .noneMatch(t -> t.getName().startsWith(stage + " · ")));
      browser.seeText("请在列表中选择一项任务");
    });
  }
}
