package cn.gov.oneseal.catalogue;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.licence.LicenceRegister;
import cn.gov.oneseal.licence.LicenceStatus;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.Officers;
import cn.gov.oneseal.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An analyst changes the food item's promised limit (6 → 8 WD) and its review stage (2 → 4 WD) in
 * the catalogue, and lets the human-resources item's 容缺 material be brought after the licence (领证后补交);
 * after a restart new cases get the new due dates, and such a grant is issued at once — no Java change.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=changedCatalogue")
@ActiveProfiles(resolver = TestDatabase.DemoProfiles.class)
@Tag(TestDatabase.TAG)
@DirtiesContext
class CatalogueChangeTest {

  @DynamicPropertySource
  static void editedCatalogue(DynamicPropertyRegistry registry) throws IOException {
    String committed = Files.readString(Path.of("processes/catalogue.yaml"), StandardCharsets.UTF_8);
    String food = "stageLimits: {intake: 1, survey: 3, review: 2, decision: 1, delivery: 5, signFor: 3}";
    String humanResources = "deficiency: {allowed: true, materials: [M02]}";
    assertThat(committed).contains("promisedLimit: 6\n", food, humanResources);
    Path edited = Files.createDirectories(Path.of("target")).resolve("catalogue-edited.yaml");
    Files.writeString(edited, committed.replaceFirst("promisedLimit: 6\n", "promisedLimit: 8\n")
        .replace(food, food.replace("review: 2", "review: 4"))
        .replace(humanResources, "deficiency: {allowed: true, materials: [M02], afterLicence: true}"),
        StandardCharsets.UTF_8);
    registry.add("oneseal.catalogue.location", () -> "file:" + edited.toAbsolutePath());
  }

  @Autowired ProcessEngine engine;
  @Autowired CaseFiles caseFiles;
  @Autowired LicenceRegister licences;
  @Autowired NoticeService notices;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void newCasesFollowTheEditedLimits() {
    Officers officers = new Officers(engine);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    // promised 8 WD from Monday 03-02 (was 6: 03-10)
    assertThat(caseFiles.get(caseNumber).promisedDue().toInstant()).isEqualTo(endOf(2026, 3, 12).toInstant());
    officers.passSurvey(caseNumber);
    // review 4 WD (was 2: 03-04)
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getDueDate()).isEqualTo(endOf(2026, 3, 6));
  }

  @Test
  void aGrantWhoseSupplementsMayFollowTheLicenceIsIssuedAtOnce() {
    Officers officers = new Officers(engine);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
    String caseNumber = officers.register("window1", "HumanResourceServiceLicence", Applications.of("M01", "M03", "M04"))
        .getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "deficiency",
        "deficientMaterials", Spin.JSON("[\"M02\"]"), "supplementWorkingDays", 5L, "pledgeSigned", true,
        "surveyRequested", false));
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant", "decisionOpinion", "准予"));

    CaseFile file = caseFiles.get(caseNumber);
    assertThat(file.status()).isEqualTo(CaseStatus.GRANTED);
    assertThat(file.licenceNumber()).startsWith("RL1320500");
    assertThat(licences.find(file.licenceNumber())).get().extracting(LicenceRegister.Licence::status)
        .isEqualTo(LicenceStatus.VALID);
    assertThat(notices.ofCase(caseNumber)).extracting(Notice::kind).contains(NoticeKind.GRANT);
    assertThat(officers.task(caseNumber, "Task_IssueLicence")).isNotNull();
    // the supplements are still awaited, after the licence
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("Stage_Supplements").count()).isEqualTo(1);
  }
}
