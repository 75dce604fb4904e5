package cn.gov.oneseal.licence;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A granted licence enters the register; regulators query their own items' licences; history kept. */
class LicenceRegisterTest extends CaseTest {

  @Autowired LicenceRegister register;
  @Autowired TestRestTemplate rest;

  @Test
  void aGrantedLicenceIsRegisteredAndRegulatorsSeeTheirOwn() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    Map<String, Object> application = Applications.food();
    application.put("applicantId", "320502197002030040");
    application.put("applicantIdType", "RESIDENT_ID");
    String caseNumber = officers.register("window1", application).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));
    String number = caseFiles.get(caseNumber).licenceNumber();

    LicenceRegister.Licence licence = register.find(number).orElseThrow();
    assertThat(licence.status()).isEqualTo(LicenceStatus.VALID);
    assertThat(licence.caseNumber()).isEqualTo(caseNumber);
    assertThat(licence.holderId()).isEqualTo("320502197002030040");
    assertThat(licence.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(licence.validUntil()).isEqualTo(LocalDate.of(2031, 3, 1));

    ResponseEntity<List> samr = rest.withBasicAuth("samr1", "OneSeal-2026")
        .getForEntity("/api/v1/licences?holderId=320502197002030040", List.class);
    assertThat(samr.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) samr.getBody()).extracting(l -> l.get("licenceNumber")).contains(number);
    assertThat(rest.withBasicAuth("nhc1", "OneSeal-2026").getForEntity("/api/v1/licences?holderId=320502197002030040",
        List.class).getBody()).isEmpty();
    assertThat(rest.withBasicAuth("nhc1", "OneSeal-2026").getForEntity("/api/v1/licences/" + number, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/v1/licences", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    register.changeStatus(number, LicenceStatus.REVOKED, "虚假承诺，依法撤销", "head1");
    ResponseEntity<Map> one = rest.withBasicAuth("supervisor1", "OneSeal-2026")
        .getForEntity("/api/v1/licences/" + number, Map.class);
    assertThat((Map<String, Object>) one.getBody().get("licence")).containsEntry("status", "REVOKED");
    assertThat((List<Map<String, Object>>) one.getBody().get("history")).extracting(h -> h.get("status"))
        .containsExactly("VALID", "REVOKED");
  }
}
