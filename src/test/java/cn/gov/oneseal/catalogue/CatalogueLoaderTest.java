package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.oneseal.catalogue.ApprovalItem.CountsFrom;
import cn.gov.oneseal.catalogue.ApprovalItem.Delegation;
import cn.gov.oneseal.catalogue.ApprovalItem.SurveyMode;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

public class CatalogueLoaderTest {

  static Set<String> committedProcessKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
      }
    }
    return keys;
  }

  static ItemCatalogue committed() throws IOException {
    try (InputStream in = new FileInputStream("processes/catalogue.yaml")) {
      return CatalogueLoader.read(in, "catalogue.yaml", committedProcessKeys());
    }
  }

  public static List<String> problems(String yaml, Set<String> processKeys) {
    return catchThrowableOfType(CatalogueException.class,
        () -> CatalogueLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "x.yaml", processKeys))
        .getProblems();
  }

  /** A valid 承诺件 entry to break one field at a time. */
  public static final String FOOD = """
      items:
        - code: Food
          name: 食品经营许可
          type: PROMISE
          regulator: {department: 市场监督管理局, group: regulatorSamr}
          delegation: COUNTY
          statutoryLimit: 10
          countsFrom: ACCEPTANCE
          promisedLimit: 6
          extensionLimit: 5
          stageLimits: {intake: 1, survey: 3, review: 2, decision: 1, delivery: 5, signFor: 3}
          survey: REQUIRED
          surveyParticipants: [{group: regulatorSamr, name: 市场监督管理局}]
          commitment: {allowed: true, verificationLimit: 30}
          deficiency: {allowed: true, materials: [M02]}
          fees: 不收费
          licence: {prefix: JY, validity: P5Y}
          materials:
            - {code: M01, name: 申请书, kind: main}
            - {code: M02, name: 规章制度目录, kind: secondary}
      """;

  @Test
  void theCommittedCatalogueHasEveryStarterItemWithItsFigures() throws IOException {
    ItemCatalogue catalogue = committed();
    assertThat(catalogue.all()).extracting(ApprovalItem::name).containsExactlyInAnyOrder("食品经营许可",
        "公共场所卫生许可", "药品零售企业许可", "人力资源服务许可", "道路货物运输经营许可", "建筑工程施工许可",
        "建设工程规划许可", "建设工程竣工联合验收", "排污许可（简化管理）", "排污许可（重点管理）",
        "建设项目环境影响评价审批（报告表）", "城市建筑垃圾处置核准", "占用、挖掘城市道路审批", "户外广告设施设置审批（大型户外广告）",
        "城镇污水排入排水管网许可", "取水许可", "网络预约出租汽车经营许可",
        "民办学校办学许可（实施学前教育、学历教育及其他文化教育的民办学校正式设立）", "医疗机构执业登记",
        "烟花爆竹经营（零售）许可", "危险化学品经营许可", "第三类医疗器械经营许可", "第二类医疗器械经营备案",
        "特殊建设工程消防验收");
    assertThat(catalogue.all()).extracting(ApprovalItem::type)
        .contains(ItemType.INSTANT, ItemType.PROMISE, ItemType.REPORT, ItemType.JOINT);
    ApprovalItem food = catalogue.get("FoodBusinessLicence");
    assertThat(food.statutoryLimit()).isEqualTo(10);
    assertThat(food.extensionLimit()).isEqualTo(5);
    assertThat(food.stageLimit(Stage.DELIVERY)).isEqualTo(5);
    assertThat(food.commitment().verificationLimit()).isEqualTo(30);
    assertThat(food.deficiency().materials()).containsExactly("M03", "M04");
    assertThat(food.licenceValidity()).contains(Period.ofYears(5));
    assertThat(catalogue.get("HumanResourceServiceLicence").countsFrom()).isEqualTo(CountsFrom.RECEIPT);
    assertThat(catalogue.get("HumanResourceServiceLicence").survey()).isEqualTo(SurveyMode.OPTIONAL);
    assertThat(catalogue.get("ConstructionPermit").statutoryLimit()).isEqualTo(7);
    assertThat(catalogue.get("ConstructionPermit").licenceValidity()).contains(Period.ofMonths(3));
    assertThat(catalogue.get("DrugRetailLicence").delegation()).isEqualTo(Delegation.CITY);
    assertThat(catalogue.get("RoadFreightLicence").promisedLimit()).isZero();
    assertThat(catalogue.get("PlanningPermit").higherOrgan()).isEqualTo("省自然资源厅");
    // 批前公示: 7 working days before the first examination's opinion, on the clock within the promise of 17
    assertThat(catalogue.get("PlanningPermit").prePublicity()).contains(new ApprovalItem.PrePublicity(7,
        ApprovalItem.PrePublicity.DayKind.WORKING));
    assertThat(catalogue.get("PlanningPermit").promisedLimit()).isEqualTo(17);
    assertThat(catalogue.all()).filteredOn(item -> item.prePublicity().isPresent()).extracting(ApprovalItem::code)
        .containsExactly("PlanningPermit");
    assertThat(catalogue.get("JointCompletionAcceptance").jointDepartmentGroups())
        .containsExactly("regulatorPlanning", "regulatorHousing", "deptFireProtection", "deptCivilDefence",
            "deptArchives");
    // the items added for issue 19, with the figures their laws set (the rest is the bureau's choice)
    assertThat(catalogue.get("EiaReportFormApproval").countsFrom()).isEqualTo(CountsFrom.RECEIPT);
    assertThat(catalogue.get("EiaReportFormApproval").statutoryLimit()).isEqualTo(30);
    assertThat(catalogue.get("WaterAbstractionPermit").statutoryLimit()).isEqualTo(45);
    assertThat(catalogue.get("WaterAbstractionPermit").commitment().verificationLimit()).isEqualTo(60);
    assertThat(catalogue.get("SewerDischargePermit").commitment().allowed()).isTrue();
    assertThat(catalogue.get("PollutantDischargePermit").commitment().allowed()).isFalse();
    assertThat(catalogue.get("PollutantDischargePermit").deficiency().allowed()).isFalse();
    assertThat(catalogue.get("RideHailingOperatorLicence").deficiency().materials()).containsExactly("M07");
    assertThat(catalogue.get("PrivateSchoolLicence").statutoryLimit()).isEqualTo(55);
    assertThat(catalogue.get("MedicalDeviceClassTwoFiling").type()).isEqualTo(ItemType.INSTANT);
    assertThat(catalogue.get("FireworksRetailLicence").survey()).isEqualTo(SurveyMode.REQUIRED);
    assertThat(catalogue.get("RoadOccupationExcavationPermit").surveyParticipants())
        .extracting(ApprovalItem.Department::group).containsExactly("regulatorUrbanManagement", "deptTrafficPolice");
    assertThat(catalogue.all()).extracting(ApprovalItem::regulatorGroup).contains("regulatorEcology",
        "regulatorUrbanManagement", "regulatorWater", "regulatorEducation", "regulatorEmergency");
    assertThat(catalogue.all()).allSatisfy(item -> {
      assertThat(item.promisedLimit()).isLessThanOrEqualTo(item.statutoryLimit());
      assertThat(item.legalBasis()).isNotBlank();
      assertThat(item.fees()).isNotBlank();
    });
  }

  @Test
  void aValidEntryLoads() {
    ItemCatalogue catalogue = CatalogueLoader.read(new ByteArrayInputStream(FOOD.getBytes(StandardCharsets.UTF_8)),
        "x.yaml", Set.of("Food", "Stage_Intake"));
    assertThat(catalogue.get("Food").promisedLimit()).isEqualTo(6);
  }

  @Test
  void anItemWithoutProcessAndAProcessWithoutItemAreBothReported() {
    assertThat(problems(FOOD, Set.of("Stage_Intake", "Orphan")))
        .anySatisfy(p -> assertThat(p).isEqualTo("Food: processes/ 中没有流程键为 Food 的 BPMN 流程"))
        .anySatisfy(p -> assertThat(p).startsWith("Orphan: 流程 Orphan 不在事项目录中"));
  }

  @Test
  void aPromisedLimitAboveTheStatutoryOneIsReported() {
    assertThat(problems(FOOD.replace("promisedLimit: 6", "promisedLimit: 12"), Set.of("Food")))
        .anySatisfy(p -> assertThat(p).contains("Food.promisedLimit: 承诺时限 12 个工作日超过法定时限 10 个工作日"));
  }

  @Test
  void aSurveyNeedsItsParticipantsAndNoSurveyHasNone() {
    assertThat(problems(FOOD.replace("surveyParticipants: [{group: regulatorSamr, name: 市场监督管理局}]", ""),
        Set.of("Food"))).containsExactly("Food.surveyParticipants: 有现场勘验的事项须列出可参与勘验的部门或专家");
    assertThat(problems(FOOD.replace("survey: REQUIRED", "survey: NONE")
        .replace("survey: 3, review: 2", "review: 2"), Set.of("Food")))
        .contains("Food.surveyParticipants: 不勘验的事项不应列出勘验参与方");
  }

  @Test
  void stageLimitsMustFitThePromiseAndTheLaw() {
    assertThat(problems(FOOD.replace("survey: 3, review: 2", "survey: 4, review: 2")
        .replace("intake: 1", "intake: 6").replace("delivery: 5", "delivery: 11"), Set.of("Food")))
        .anySatisfy(p -> assertThat(p).contains("受理后各环节时限之和 7 超过承诺时限 6"))
        .anySatisfy(p -> assertThat(p).contains("stageLimits.intake: 受理环节不得超过 5 个工作日"))
        .anySatisfy(p -> assertThat(p).contains("stageLimits.delivery: 制证送达不得超过 10 个工作日"));
  }

  @Test
  void aPrePublicityIsOptionalAndCheckedWithItsPeriodOnTheClock() {
    String published = FOOD.replace("promisedLimit: 6", "promisedLimit: 9")
        .replace("survey: REQUIRED", "prePublicity: {days: 3, dayKind: calendar}\n    survey: REQUIRED");
    ItemCatalogue catalogue = CatalogueLoader.read(new ByteArrayInputStream(published.getBytes(StandardCharsets.UTF_8)),
        "x.yaml", Set.of("Food"));
    assertThat(catalogue.get("Food").prePublicity()).contains(new ApprovalItem.PrePublicity(3,
        ApprovalItem.PrePublicity.DayKind.CALENDAR));
    assertThat(CatalogueLoader.read(new ByteArrayInputStream(FOOD.getBytes(StandardCharsets.UTF_8)), "x.yaml",
        Set.of("Food")).get("Food").prePublicity()).isEmpty();

    assertThat(problems(published.replace("days: 3, dayKind: calendar", "days: 0, dayKind: weekly, hours: 2"),
        Set.of("Food")))
        .contains("Food.prePublicity.days: 公示期须为 1 到 30 之间的整数（天）",
            "Food.prePublicity.dayKind: 公示期的计日方式须为 WORKING（工作日）或 CALENDAR（自然日），而不是 weekly",
            "Food.prePublicity.hours: 批前公示没有这一项（只有 days 和 dayKind）");
    assertThat(problems(published.replace("{days: 3, dayKind: calendar}", "7"), Set.of("Food")))
        .anySatisfy(p -> assertThat(p).startsWith("Food.prePublicity: 须写成 {days: 公示天数"));
    // the period runs on the clock: survey 3 + review 2 + decision 1 + 4 days do not fit in a promise of 9
    assertThat(problems(published.replace("days: 3", "days: 4"), Set.of("Food")))
        .containsExactly("Food.prePublicity.days: 公示期计入办理时限：受理后各环节时限之和 6 加公示期 4 天超过承诺时限 9 个工作日");
    String joint = published.replace("type: PROMISE", "type: JOINT");
    assertThat(problems(joint, Set.of("Food")))
        .contains("Food.prePublicity: 联办件不经审查环节，不能批前公示（批前公示在审查意见之前进行）");
  }

  @Test
  void deficiencyMaterialsMustBeSecondaryMaterialsOfTheList() {
    assertThat(problems(FOOD.replace("materials: [M02]", "materials: [M01, M09]"), Set.of("Food")))
        .anySatisfy(p -> assertThat(p).contains("容缺材料 M09 不在本事项的材料清单中"))
        .anySatisfy(p -> assertThat(p).contains("M01（申请书）是主要材料，主要材料不得容缺"));
  }

  @Test
  void deficiencyAndCommitmentAreRefusedForItemTypesThatForbidThem() {
    String instant = FOOD.replace("type: PROMISE", "type: INSTANT").replace("promisedLimit: 6", "promisedLimit: 0")
        .replace("stageLimits: {intake: 1, survey: 3, review: 2, decision: 1, delivery: 5, signFor: 3}",
            "stageLimits: {intake: 0, delivery: 1, signFor: 3}").replace("survey: REQUIRED", "survey: NONE")
            .replace("surveyParticipants: [{group: regulatorSamr, name: 市场监督管理局}]", "");
    assertThat(problems(instant, Set.of("Food")))
        .containsExactly("Food.deficiency.allowed: 即办件不适用容缺受理");
    String report = FOOD.replace("type: PROMISE", "type: REPORT").replace("decision: 1, ", "")
        .replace("fees: 不收费", "fees: 不收费\n    higherOrgan: 省厅");
    assertThat(problems(report, Set.of("Food")))
        .containsExactly("Food.commitment.allowed: 上报件不能适用告知承诺（须由本局当场作出决定）");
  }

  @Test
  void typeSpecificFieldsAreChecked() {
    String joint = FOOD.replace("type: PROMISE", "type: JOINT").replace("survey: 3, review: 2", "opinions: 3")
        .replace("commitment: {allowed: true, verificationLimit: 30}", "commitment: {allowed: false}")
        .replace("survey: REQUIRED", "survey: NONE")
            .replace("surveyParticipants: [{group: regulatorSamr, name: 市场监督管理局}]", "");
    assertThat(problems(joint, Set.of("Food")))
        .containsExactly("Food.jointDepartments: 联办件须列出至少两个参与部门");
    assertThat(problems(FOOD.replace("type: PROMISE", "type: SOMETHING"), Set.of("Food")))
        .anySatisfy(p -> assertThat(p).contains("Food.type: 须为 INSTANT / PROMISE / REPORT / JOINT，而不是 SOMETHING"));
  }

  @Test
  void everyProblemIsListedTogether() {
    CatalogueException e = catchThrowableOfType(CatalogueException.class, () -> CatalogueLoader.read(
        new ByteArrayInputStream(FOOD.replace("promisedLimit: 6", "promisedLimit: 12")
            .replace("prefix: JY", "prefix: jy").getBytes(StandardCharsets.UTF_8)), "x.yaml", Set.of("Other")));
    assertThat(e.getProblems()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(e.getMessage()).contains("事项目录或事项流程有 " + e.getProblems().size() + " 处错误")
        .contains("licence.prefix").contains("promisedLimit").contains("Other");
  }
}
