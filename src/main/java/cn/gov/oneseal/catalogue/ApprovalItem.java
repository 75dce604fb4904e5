package cn.gov.oneseal.catalogue;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One approval item of the catalogue (事项). Its code is the key of its BPMN process. Limits are
 * working days.
 *
 * @param code process key of the item
 * @param name Chinese name as published
 * @param legalBasis 设定依据
 * @param type 办件类型
 * @param regulatorDepartment the department that supervises licensees afterwards
 * @param regulatorGroup the engine group of that department's officers
 * @param delegation how power is delegated to the county bureaus
 * @param statutoryLimit 法定时限
 * @param countsFrom whether the statutory limit runs from acceptance or from receipt
 * @param promisedLimit 承诺时限 (0 for 即办件: the same day)
 * @param extensionLimit working days one extension adds (0: no extension)
 * @param stageLimits working days per stage
 * @param survey whether a joint site survey is held
 * @param commitment 告知承诺 for this item
 * @param deficiency 容缺受理 for this item
 * @param fees what the applicant pays (收费标准)
 * @param licencePrefix prefix of licence numbers (e.g. JY for food business licences)
 * @param licenceValidity validity of an issued licence; empty for no time limit (长期有效)
 * @param materials the material list, in the published order
 * @param jointDepartments 联办件: the departments giving opinions in parallel
 * @param higherOrgan 上报件: the organ that decides
 * @param businessScopes 主体业态 the applicant chooses from (code → label); empty when the item has none
 * @param surveyParticipants 联合现场勘验: the departments and experts the survey lead may invite
 * @param followUp 回访: when the follow-up call to the applicant falls due
 * @param prePublicity 批前公示: the period the plan's public summary is shown before the review opinion; empty when
 *     the item has none
 */
public record ApprovalItem(
    String code,
    String name,
    String legalBasis,
    ItemType type,
    String regulatorDepartment,
    String regulatorGroup,
    Delegation delegation,
    int statutoryLimit,
    CountsFrom countsFrom,
    int promisedLimit,
    int extensionLimit,
    Map<Stage, Integer> stageLimits,
    SurveyMode survey,
    Commitment commitment,
    Deficiency deficiency,
    String fees,
    String licencePrefix,
    Optional<Period> licenceValidity,
    List<Material> materials,
    List<Department> jointDepartments,
    String higherOrgan,
    Map<String, String> businessScopes,
    List<Department> surveyParticipants,
    FollowUp followUp,
    Optional<PrePublicity> prePublicity) {

  public ApprovalItem {
    stageLimits = Map.copyOf(stageLimits);
    businessScopes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(businessScopes));
    materials = List.copyOf(materials);
    jointDepartments = List.copyOf(jointDepartments);
    surveyParticipants = List.copyOf(surveyParticipants);
  }

  /** Where the statutory limit starts. */
  public enum CountsFrom { ACCEPTANCE, RECEIPT }

  /** 联合现场勘验: always, when the window asks for it, or never. */
  public enum SurveyMode { REQUIRED, OPTIONAL, NONE }

  /**
   * 营口 seed: COUNTY decides — 直接放权 / 委托下放, the county bureau accepts, examines and decides;
   * CITY decides — 受理审核权下放, the county accepts and examines, the city bureau decides.
   */
  public enum Delegation { COUNTY, CITY }

  /** 告知承诺: allowed or not, and the regulator's verification limit in working days. */
  public record Commitment(boolean allowed, int verificationLimit) {}

  /**
   * 容缺受理: allowed or not, the secondary materials that may be missing, whether they may follow the
   * licence (领证后补交, 国发〔2021〕7号), and why not if excluded.
   */
  public record Deficiency(boolean allowed, List<String> materials, String exclusionReason, boolean afterLicence) {
    public Deficiency {
      materials = List.copyOf(materials);
    }
  }

  /**
   * 回访 (domain.md §8): the bureau calls the applicant {@code afterWorkingDays} working days after the
   * result was delivered.
   */
  public record FollowUp(int afterWorkingDays) {
    /** When the catalogue says nothing. */
    public static final int DEFAULT_AFTER_WORKING_DAYS = 3;
    public static final int MAX_AFTER_WORKING_DAYS = 30;
  }

  /**
   * 批前公示: the plan's public summary is published for {@code days} days of {@code dayKind} before the review
   * opinion is given (prepublicity/); the period runs on the case's clock (docs/pre-publicity.md).
   */
  public record PrePublicity(int days, DayKind dayKind) {
    public static final int MAX_DAYS = 30;

    /** How the period's days are counted: working days on the calendar, or calendar days. */
    public enum DayKind { WORKING, CALENDAR }
  }

  /** A department taking part in a 联办件 or a site survey (or the hired experts' group). */
  public record Department(String group, String name) {}

  public Optional<Material> material(String materialCode) {
    return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
  }

  public boolean hasStage(Stage stage) {
    return stageLimits.containsKey(stage);
  }

  public int stageLimit(Stage stage) {
    Integer limit = stageLimits.get(stage);
    if (limit == null) {
      throw new IllegalStateException("事项 " + code + " 未设环节时限: " + stage.key());
    }
    return limit;
  }

  /** The name of a survey participant's group, or the group itself when the item does not list it. */
  public String surveyParticipantName(String group) {
    return surveyParticipants.stream().filter(d -> d.group().equals(group)).map(Department::name).findFirst()
        .orElse(group);
  }

  /** The groups of the departments of a 联办件, for the parallel opinions. */
  public List<String> jointDepartmentGroups() {
    return jointDepartments.stream().map(Department::group).toList();
  }
}
