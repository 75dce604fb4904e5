package cn.gov.oneseal.supervision;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.Officers;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The statistics against a hand-computed set of food cases received 2026-06-08 … 06-10 (端午
 * 06-19 … 06-21 off): A decided after 2 WD (on time), B after 11 WD (late), C rejected, D still open.
 */
class StatisticsTest extends CaseTest {

  @Autowired SupervisionSweep sweep;
  @Autowired TestRestTemplate rest;


  String accepted(Officers officers, Date at) {
    ClockUtil.setCurrentTime(at);
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return caseNumber;
  }

  void decide(Officers officers, String caseNumber, Date at) {
    ClockUtil.setCurrentTime(at);
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
  }

  @Test
  void statisticsMatchAHandComputedSetOfCases() {
    String a = accepted(officers, shanghai(2026, 6, 8, 9, 0, 0));
    String b = accepted(officers, shanghai(2026, 6, 8, 10, 0, 0));
    ClockUtil.setCurrentTime(shanghai(2026, 6, 9, 9, 0, 0));
    String c = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", c, "Task_AcceptApplication", Map.of("intakeDecision", "reject", "intakeOpinion", "不属于本机关职权"));
    String d = accepted(officers, shanghai(2026, 6, 10, 9, 0, 0));
    decide(officers, a, shanghai(2026, 6, 10, 16, 0, 0));
    decide(officers, b, shanghai(2026, 6, 24, 16, 0, 0));
    // D: promised due 06-18, statutory due 06-25; its survey task was due 06-15
    ClockUtil.setCurrentTime(shanghai(2026, 6, 26, 9, 0, 0));
    List<Card> raised = sweep.sweep();
    assertThat(raised).filteredOn(card -> card.caseNumber().equals(d)).hasSize(5);
    // A's grant (06-10) was not pushed to the credit platform by 06-22, 7 working days later (端午 06-19 off): 公示逾期
    assertThat(raised).filteredOn(card -> card.caseNumber().equals(a)).extracting(Card::stage)
        .containsExactly("制证送达", "制证送达", "双公示推送");
    assertThat(raised).filteredOn(card -> card.caseNumber().equals(b)).isEmpty();

    ResponseEntity<List> answer = rest.withBasicAuth("supervisor1", "OneSeal-2026").getForEntity(
        "/api/v1/supervision/statistics?from=2026-06-08&to=2026-06-12&itemCode=FoodBusinessLicence", List.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> food = (Map<String, Object>) answer.getBody().get(0);
    assertThat(food.get("itemName")).isEqualTo("食品经营许可");
    assertThat(food.get("department")).isEqualTo("市场监督管理局");
    assertThat(food.get("received")).isEqualTo(4);
    assertThat(food.get("accepted")).isEqualTo(3);
    assertThat(food.get("finished")).isEqualTo(2);
    assertThat(food.get("onTime")).isEqualTo(1);
    assertThat(food.get("onTimeRate")).isEqualTo(0.5);
    // A: 06-09, 06-10 = 2 WD; B: 06-09 … 06-12, 06-15 … 06-18, 06-22 … 06-24 = 11 WD
    assertThat(food.get("averageWorkingDaysUsed")).isEqualTo(6.5);
    assertThat(food.get("compression")).isEqualTo(0.35);
    // D: case yellow, red, severe red and its survey stage yellow, red; A: its 制证送达 stage (due
    // 06-17) yellow and red; B's 制证送达 (due 07-01) not yet
    assertThat((Map<String, Object>) food.get("openCards"))
        .containsEntry("YELLOW", 3).containsEntry("RED", 3).containsEntry("SEVERE_RED", 1)
        .containsEntry("PUBLICATION_LATE", 1);

    // the department filter takes the regulator's group or its name
    for (String department : List.of("regulatorSamr", "市场监督管理局")) {
      List<Map<String, Object>> rows = rest.withBasicAuth("supervisor1", "OneSeal-2026").getForEntity(
          "/api/v1/supervision/statistics?from=2026-06-08&to=2026-06-12&department=" + department, List.class).getBody();
      assertThat(rows).as(department).extracting(row -> row.get("itemName")).contains("食品经营许可")
          .doesNotContain("人力资源服务许可");
    }

    ResponseEntity<List> cards = rest.withBasicAuth("supervisor1", "OneSeal-2026")
        .getForEntity("/api/v1/supervision/cards", List.class);
    assertThat((List<Map<String, Object>>) cards.getBody()).filteredOn(card -> card.get("caseNumber").equals(d))
        .extracting(card -> card.get("kind")).containsExactlyInAnyOrder("YELLOW", "RED", "SEVERE_RED", "YELLOW", "RED");
  }

  @Test
  void onlySupervisorsAndAuditorsMayRead() {
    assertThat(rest.getForEntity("/api/v1/supervision/statistics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map> forbidden = rest.withBasicAuth("window1", "OneSeal-2026")
        .getForEntity("/api/v1/supervision/statistics", Map.class);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forbidden.getBody()).containsEntry("code", "FORBIDDEN").containsEntry("message", "无权查看电子监察统计");
    assertThat(rest.withBasicAuth("auditor1", "OneSeal-2026").getForEntity("/api/v1/supervision/cards", List.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map> bad = rest.withBasicAuth("supervisor1", "OneSeal-2026")
        .getForEntity("/api/v1/supervision/statistics?from=2026-13-01", Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("message")).isEqualTo("日期须为 YYYY-MM-DD");
  }
}
