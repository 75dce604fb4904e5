package cn.gov.oneseal.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.complaint.Accountability;
import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.window.WindowSubmissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 投诉 in real headless Chromium, from filing to answer: the online hall files a complaint about a case waiting for its
 * decision (拖延, naming 王强); supervisor1 registers it from Tasklist's 投诉待办 — 王强 already chosen as the officer
 * named — and gives it to 刘志远 (head1), who reads the case's 办件历史 in the form, finds it founded and holds 王强 to
 * account (效能告诫); the complainant reads the answer in the online hall; supervisor1 finds the record on Cockpit's
 * 电子监察看板. Screenshots in target/browser-screenshots/.
 */
@OneSealSpringTest
@Tag("browser")
class ComplaintInTheBrowserTest extends BrowserWalk {

  private static final String FACTS = "材料齐全已受理多日，一直显示审查中，打电话无人答复";
  private static final String REASONS = "审查超出环节期限 3 个工作日，未告知申请人原因";
  private static final String ANSWER = "经调查，您反映的审查拖延属实，已对责任人效能告诫，并督促尽快作出决定。";
  private static final String REVIEWER = "王强（reviewer1，审查员）";
  private static final String MEASURE = "效能告诫";

  ComplaintInTheBrowserTest() {
    super("complaint-");
  }

  @Autowired ProcessEngine engine;
  @Autowired WindowSubmissions submissions;
  @Autowired Accountability accountability;
  @Autowired TestRestTemplate rest;

  @Test
  void aComplaintFiledOnlineIsRegisteredInvestigatedAndAnsweredAndCountsOnTheDashboard() throws Exception {
    Officers officers = new Officers(engine, submissions);
    String[] waiting = new String[1];
    String caseSecret = QuerySecrets.capturing(() -> waiting[0] = officers.reviewedFood());
    String caseNumber = waiting[0];
    // the engine's day (BrowserWalk sets the clock): the complaint's and the deadline's days are on it
    LocalDate today = WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
    long warningsBefore = warningsOfReviewerOne(today);

    // 1. the online hall files the complaint about the case, with the case's query code
    HttpHeaders filing = json(caseSecret);
    filing.set("Idempotency-Key", "complaint-browser-" + caseNumber);
    ResponseEntity<Map> filed = portal().postForEntity("/api/v1/applicant/complaints", new HttpEntity<>(Map.of(
        "caseNumber", caseNumber, "kind", "DELAY", "facts", FACTS, "occurredOn", today.toString(), "officer", "王强",
        "complainant", Map.of("name", "林晓", "phone", "13912345678")), filing), Map.class);
    assertThat(filed.getStatusCode()).as("%s", filed.getBody()).isEqualTo(HttpStatus.CREATED);
    String number = (String) filed.getBody().get("complaintNumber");
    String complaintSecret = (String) filed.getBody().get("querySecret");
    assertThat(number).startsWith("TS");
    assertThat(complaintSecret).hasSize(8);

    // 2. e-supervision registers it: the officer named is chosen already, the investigator is picked
    Browser supervisor = loggedIn("supervisor1", "tasklist", "login");
    step(supervisor, "register-task", () -> {
      // tall enough for the whole form: form-js's drop-down lists open below their field
      supervisor.driver.manage().window().setSize(new Dimension(1400, 2400));
      openTask(supervisor, number, "登记投诉 · " + number + " · 拖延办理、超期未办");
      supervisor.seeText("投诉编号 " + number);
      supervisor.seeText(FACTS);
      supervisor.click(By.xpath("//button[normalize-space(.)='认领'] | //a[normalize-space(.)='认领']"));
      supervisor.visible(By.cssSelector("button[ng-click='complete()']"));
      assertThat(supervisor.text(selectDisplay("被投诉的工作人员（核实后选择；未点名的不选）"))).isEqualTo(REVIEWER);
      assertThat(supervisor.text(selectDisplay("投诉类别（核定）"))).isEqualTo("拖延办理、超期未办");
      supervisor.select("调查人", "刘志远（head1，局负责人）");
      assertThat(supervisor.text(selectDisplay("调查人"))).isEqualTo("刘志远（head1，局负责人）");
    });
    step(supervisor, "registered", () -> complete(supervisor, number, "登记投诉"));
    assertThat(officers.task(number, "Task_InvestigateComplaint").getAssignee()).isEqualTo("head1");

    // 3. the investigator reads the case's timeline in the form, finds the complaint founded and answers it
    LocalDate due = today.plusDays(4);
    Browser head = loggedIn("head1", "tasklist", "login-head");
    step(head, "investigate-task", () -> {
      head.driver.manage().window().setSize(new Dimension(1400, 2400));
      openTask(head, number, "调查处理投诉 · " + number);
      head.visible(By.cssSelector("button[ng-click='complete()']"));
      head.seeText("涉及办件的办件历史");
      head.seeText("收件登记");
      head.seeText(caseNumber);
      head.seeText(FACTS);
    });
    step(head, "investigate-form", () -> {
      head.choose("办理方式", "调查完毕，作出结论并答复投诉人");
      head.choose("调查结论", "属实");
      head.fill("调查认定的事实和理由", REASONS);
      head.choose("责任人", REVIEWER);
      head.fill("责任环节", "审查");
      head.select("追责措施", MEASURE);
      head.fill("整改要求", "即日督促作出决定并向申请人说明");
      date(head, "整改期限", due);
      head.fill("答复投诉人的内容", ANSWER);
    });
    step(head, "answered", () -> complete(head, number, "调查处理投诉"));
    assertThat(accountability.ofOfficer("reviewer1")).filteredOn(r -> number.equals(r.complaintNumber()))
        .singleElement().satisfies(r -> {
          assertThat(r.measure()).isEqualTo(MEASURE);
          assertThat(r.step()).isEqualTo("审查");
          assertThat(r.rectificationDue()).isEqualTo(due);
        });

    // 4. the complainant reads the answer in the online hall, with the complaint's own query code
    ResponseEntity<Map> view = portal().exchange("/api/v1/applicant/complaints/" + number, HttpMethod.GET,
        new HttpEntity<>(json(complaintSecret)), Map.class);
    assertThat(view.getStatusCode()).as("%s", view.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(view.getBody()).containsEntry("complaintNumber", number).containsEntry("caseNumber", caseNumber)
        .containsEntry("status", "ANSWERED").containsEntry("finding", "founded").containsEntry("findingLabel", "属实")
        .containsEntry("answer", ANSWER).containsEntry("mayReply", true);

    // 5. the dashboard counts the warning on 王强's line; the complaint waits for the complainant's reply
    Browser cockpit = loggedIn("supervisor1", "cockpit", "login-cockpit");
    step(cockpit, "dashboard", () -> {
      cockpit.driver.manage().window().setSize(new Dimension(1400, 2400));
      cockpit.click(By.xpath("//a[normalize-space(.)='电子监察看板']"));
      // the dashboard reads every case of the shared test database: give it time
      By records = By.xpath("//section[contains(@class,'complaints')]/h3[normalize-space(.)='责任追究（按工作人员）']"
          + "/following-sibling::table[1]");
      cockpit.waitFor("the accountability per officer on the dashboard").withTimeout(java.time.Duration.ofSeconds(120))
          .until(d -> !d.findElements(records).isEmpty());
      WebElement table = cockpit.driver.findElement(records);
      List<String> headers = Browser.texts(table.findElements(By.cssSelector("thead th")));
      assertThat(headers).startsWith("工作人员", "记录").contains(MEASURE);
      List<String> row = table.findElements(By.cssSelector("tbody tr")).stream()
          .map(tr -> Browser.texts(tr.findElements(By.tagName("td")))).filter(r -> r.get(0).equals("王强（reviewer1）"))
          .findFirst().orElseThrow(() -> new AssertionError("no line of 王强（reviewer1）: " + cockpit.text()));
      assertThat(row.get(headers.indexOf(MEASURE))).isEqualTo(String.valueOf(warningsBefore + 1));
      // answered, not closed: listed among the open complaints, waiting for the complainant
      List<String> mine = cockpit.driver.findElements(By.cssSelector("section.complaints table tbody tr")).stream()
          .map(tr -> Browser.texts(tr.findElements(By.tagName("td")))).filter(r -> r.contains(number))
          .findFirst().orElseThrow(() -> new AssertionError("complaint " + number + " not listed"));
      assertThat(mine).contains("拖延办理、超期未办", "林晓", caseNumber, "已答复，待投诉人回复", "等待投诉人回复");
    });
  }

  /** The portal's technical client (the online hall). */
  private TestRestTemplate portal() {
    return rest.withBasicAuth("portal", "OneSeal-Hall-2026");
  }

  private static HttpHeaders json(String querySecret) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Query-Secret", querySecret);
    return headers;
  }

  /** reviewer1's 效能告诫 of this year up to today, as the dashboard counts them (other tests' complaints too). */
  private long warningsOfReviewerOne(LocalDate today) {
    return accountability.between(today.withDayOfYear(1).atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime(),
        today.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime()).stream()
        .filter(r -> "reviewer1".equals(r.officerId()) && MEASURE.equals(r.measure())).count();
  }

  /** Opens 投诉待办, searches its tasks for the complaint number and opens the task whose name starts so. */
  private static void openTask(Browser browser, String number, String name) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4/a[normalize-space(text()[1])='投诉待办']"));
    By pills = By.cssSelector("[cam-widget-search-pill] a.remove-search");
    while (!browser.driver.findElements(pills).isEmpty()) {
      browser.click(pills);
    }
    browser.visible(By.cssSelector("input.main-field[placeholder='筛选任务']")).sendKeys(number, Keys.ENTER);
    browser.click(By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[starts-with(normalize-space(.), '" + name
        + "')]"));
  }

  /** Submits the task's form; the complaint's task of the step then leaves the engine's open tasks. */
  private void complete(Browser browser, String number, String step) {
    browser.click(By.cssSelector("button[ng-click='complete()']"));
    browser.waitFor(browser.user + " could not complete " + step).until(d -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(number).list().stream().noneMatch(t -> t.getName().startsWith(step + " · ")));
    browser.seeText("请在列表中选择一项任务");
  }

  /** What a form's select shows as chosen. */
  private static By selectDisplay(String label) {
    return By.xpath("//div[contains(@class,'fjs-form-field')][label[normalize-space(text()[1])='" + label + "']]"
        + "//div[contains(@class,'fjs-select-display')]");
  }

  /**
   * Types the day into a form's date field (form-js draws its label in a sub-section) in the order its placeholder
   * shows (mm/dd/yyyy in this Chromium) and leaves it; the field then shows the day (perhaps without leading zeros).
   */
  private static void date(Browser browser, String label, LocalDate day) {
    WebElement input = browser.driver.findElement(By.id(browser.visible(By.xpath(
        "//div[contains(@class,'fjs-datetime-subsection')]/label[normalize-space(text()[1])='" + label + "']"))
        .getAttribute("for")));
    String typed = input.getAttribute("placeholder").toLowerCase().replace("yyyy", String.valueOf(day.getYear()))
        .replace("mm", String.format("%02d", day.getMonthValue()))
        .replace("dd", String.format("%02d", day.getDayOfMonth()));
    input.clear();
    input.sendKeys(typed, Keys.TAB);
    browser.waitFor("the date field shows " + typed).until(d -> unpadded(typed).equals(unpadded(input.getDomProperty(
        "value"))));
  }

  private static String unpadded(String date) {
    return date == null ? null : date.replaceAll("\\b0(\\d)", "$1");
  }
}
