package cn.gov.oneseal.supervision;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.clock.StopReason;
import cn.gov.oneseal.cockpit.CommonAssetsPlugin;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 电子监察看板 in Cockpit: a food case accepted on Tuesday 2026-09-01 and left alone (its survey was due within 3
 * WD, the case within its promised and statutory limits) shows on 09-24 with its cards, as one more overdue step of
 * the survey leads and one more overdue case of the market regulator's items; once its clock stops it counts no
 * more. Counts are compared with the dashboard just before (after a sweep at the same time), since other tests
 * leave cases behind.
 */
class DashboardPluginTest extends CaseTest {

  private static final String PLUGIN = "/camunda/api/cockpit/plugin/" + DashboardPlugin.ID;

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired SupervisionSweep sweep;
  @Autowired ClockService clocks;
  @Autowired CaseHistory caseHistory;
  @Value("${oneseal.demo.password}") String password;

  @Test
  void theSupervisorSeesTheCardsOverdueStepsAndCasesAndTheStatistics() throws Exception {
    WebappSession supervisor = WebappSession.login(rest, "cockpit", "supervisor1", password);
    ClockUtil.setCurrentTime(shanghai(2026, 9, 24, 9, 0, 0));
    sweep.sweep(); // the cards of cases other tests left behind, so that only this case's are new below
    JsonNode before = dashboard(supervisor, "?from=2026-09-01&to=2026-09-01");

    ClockUtil.setCurrentTime(shanghai(2026, 9, 1, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    ClockUtil.setCurrentTime(shanghai(2026, 9, 24, 9, 0, 0));
    sweep.sweep();
    JsonNode after = dashboard(supervisor, "?from=2026-09-01&to=2026-09-01");

    assertThat(after.get("asOf").asText()).startsWith("2026-09-24T09:00");
    // the case's cards: the case past its promised (yellow, red) and statutory (severe red) limits, its survey step
    List<String> mine = new ArrayList<>();
    for (JsonNode card : after.get("cards")) {
      if (card.get("caseNumber").asText().equals(caseNumber)) {
        assertThat(card.get("itemName").asText()).isEqualTo("食品经营许可");
        assertThat(card.get("applicantName").asText()).isEqualTo("好味餐饮有限公司");
        mine.add(card.get("kindLabel").asText() + " " + card.get("stage").asText() + " " + card.get("responsible").asText());
      }
    }
    assertThat(mine).as(mine.toString()).containsExactlyInAnyOrder("严重红牌 法定时限 勘验组长", "红牌 承诺时限 勘验组长",
        "红牌 安排勘验 勘验组长", "黄牌 承诺时限 勘验组长", "黄牌 安排勘验 勘验组长");
    assertThat(after.get("cards").get(0).get("kind").asText()).as("the most severe first").isEqualTo("SEVERE_RED");
    assertThat(count(after, "SEVERE_RED")).isEqualTo(count(before, "SEVERE_RED") + 1);
    assertThat(count(after, "RED")).isEqualTo(count(before, "RED") + 2);
    assertThat(count(after, "YELLOW")).isEqualTo(count(before, "YELLOW") + 2);
    assertThat(after.get("openCards").asInt()).isEqualTo(count(after, "YELLOW") + count(after, "RED")
        + count(after, "SEVERE_RED") + count(after, "PUBLICATION_LATE"));

    assertThat(group(after, "surveyLead", "name")).isEqualTo("勘验组长");
    assertThat(groupCount(after, "surveyLead", "tasks")).isEqualTo(groupCount(before, "surveyLead", "tasks") + 1);
    assertThat(groupCount(after, "surveyLead", "cases")).isEqualTo(groupCount(before, "surveyLead", "cases") + 1);
    assertThat(department(after, "overdue")).isEqualTo(department(before, "overdue") + 1);
    assertThat(department(after, "severelyOverdue")).isEqualTo(department(before, "severelyOverdue") + 1);

    // a card's link opens the case history, whose timeline shows the card in the bureau's words
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries()).filteredOn(e -> e.type().equals("督办"))
        .extracting(e -> e.title() + " " + e.detail())
        .contains("红牌（安排勘验） 时限 2026-09-04 23:59，责任部门/岗位 勘验组长");

    JsonNode food = statistics(after);
    assertThat(food.get("received").asInt()).isEqualTo(1);
    assertThat(food.get("accepted").asInt()).isEqualTo(1);
    assertThat(food.get("finished").asInt()).isZero();
    assertThat(food.get("openCards").get("SEVERE_RED").asInt()).isEqualTo(1);

    // inspection (检验) stops the clock: neither the case nor its step counts as overdue while it is stopped
    clocks.stop(caseNumber, StopReason.INSPECTION, "送检食品样品", 5, true, "reviewer1");
    JsonNode stopped = dashboard(supervisor, "");
    assertThat(groupCount(stopped, "surveyLead", "tasks")).isEqualTo(groupCount(before, "surveyLead", "tasks"));
    assertThat(department(stopped, "overdue")).isEqualTo(department(before, "overdue"));
    assertThat(stopped.get("from").asText()).as("the statistics default to this year").isEqualTo("2026-01-01");
    assertThat(stopped.get("to").asText()).isEqualTo("2026-09-24");
  }

  @Test
  void badPeriodsAreRefusedReadably() throws Exception {
    WebappSession auditor = WebappSession.login(rest, "cockpit", "auditor1", password);
    assertThat(auditor.get(PLUGIN + "/default/dashboard").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> badDate = auditor.get(PLUGIN + "/default/dashboard?from=2026-13-01");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badDate.getBody()).get("message").asText()).isEqualTo("统计区间的日期须为 YYYY-MM-DD");
    ResponseEntity<String> reversed = auditor.get(PLUGIN + "/default/dashboard?from=2026-09-02&to=2026-09-01");
    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(reversed.getBody()).contains("结束日早于开始日");
  }

  @Test
  void officersAndAnonymousCallersAreRefused() {
    assertThat(WebappSession.anonymous(rest).get(PLUGIN + "/default/dashboard").getStatusCode())
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    // an analyst may open Cockpit (to read the models) but not the dashboard
    ResponseEntity<String> refused = WebappSession.login(rest, "cockpit", "analyst1", password)
        .get(PLUGIN + "/default/dashboard");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("电子监察看板仅供电子监察、审计和系统管理员查看");
    // a window officer may not even log in to Cockpit
    assertThat(WebappSession.attemptLogin(rest, "cockpit", "window1", password).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void thePagesScriptsAreServed() {
    String common = "/camunda/api/cockpit/plugin/" + CommonAssetsPlugin.ID + "/static/app/";
    ResponseEntity<String> ui = rest.getForEntity(common + "ui.js", String.class);
    assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ui.getBody()).contains("export function el").contains("Asia/Shanghai");
    assertThat(rest.getForEntity(common + "plugin.js", String.class).getBody()).contains("export default []");
    ResponseEntity<String> page = rest.getForEntity(PLUGIN + "/static/app/plugin.js", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("cockpit.route").contains("电子监察看板")
        .contains("from '../../../oneseal-common/static/app/ui.js'");
    assertThat(rest.getForEntity(PLUGIN + "/static/app/plugin.css", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private JsonNode dashboard(WebappSession session, String query) throws Exception {
    ResponseEntity<String> answer = session.get(PLUGIN + "/default/dashboard" + query);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private static int count(JsonNode dashboard, String kind) {
    for (JsonNode k : dashboard.get("cardCounts")) {
      if (k.get("kind").asText().equals(kind)) {
        return k.get("count").asInt();
      }
    }
    throw new AssertionError("no count of " + kind);
  }

  private static String group(JsonNode dashboard, String group, String field) {
    for (JsonNode g : dashboard.get("overdueByGroup")) {
      if (g.get("group").asText().equals(group)) {
        return g.get(field).asText();
      }
    }
    return null;
  }

  private static int groupCount(JsonNode dashboard, String group, String field) {
    String value = group(dashboard, group, field);
    return value == null ? 0 : Integer.parseInt(value);
  }

  private static int department(JsonNode dashboard, String field) {
    for (JsonNode d : dashboard.get("overdueCasesByDepartment")) {
      if (d.get("department").asText().equals("市场监督管理局")) {
        return d.get(field).asInt();
      }
    }
    return 0;
  }

  private static JsonNode statistics(JsonNode dashboard) {
    for (JsonNode row : dashboard.get("statistics")) {
      if (row.get("itemCode").asText().equals("FoodBusinessLicence")) {
        return row;
      }
    }
    throw new AssertionError("no food row");
  }
}
