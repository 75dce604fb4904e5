package cn.gov.oneseal.security;

/** The bureau's roles (domain.md §1) as engine groups. Regulator groups come from the catalogue. */
public enum Role {
  WINDOW("window", "综合受理窗口"),
  REVIEWER("reviewer", "审查员"),
  DECIDER("decider", "审批决定人"),
  BUREAU_HEAD("bureauHead", "局负责人"),
  SURVEY_LEAD("surveyLead", "勘验组长"),
  SURVEY_EXPERT("surveyExpert", "勘验专家"),
  SUPERVISOR("supervisor", "电子监察"),
  AUDITOR("auditor", "审计"),
  ANALYST("analyst", "流程分析员"),
  /** Operations: reads the health details and the metrics (/actuator), nothing of the cases, no webapp. */
  MONITORING("monitoring", "运行监控");

  /** The group of the online portal's technical account (access/ApiClients). */
  public static final String API_PORTAL = "apiPortal";
  /** The group of the regulators' systems' technical accounts (access/ApiClients). */
  public static final String API_REGULATOR_SYSTEM = "apiRegulatorSystem";

  /** The engine's administrators group (full rights, created with the admin user). */
  public static final String ADMIN_GROUP = "camunda-admin";

  private final String groupId;
  private final String groupName;

  Role(String groupId, String groupName) {
    this.groupId = groupId;
    this.groupName = groupName;
  }

  public String groupId() {
    return groupId;
  }

  public String groupName() {
    return groupName;
  }
}
