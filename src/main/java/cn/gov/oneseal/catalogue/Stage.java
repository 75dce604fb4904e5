package cn.gov.oneseal.catalogue;

/** The stages of a case that carry their own working-day limit (环节时限). */
public enum Stage {
  /** 受理: from receipt to the intake decision. */
  INTAKE("intake", "受理"),
  /** 联合现场勘验. */
  SURVEY("survey", "联合现场勘验"),
  /** 审查 (for 上报件: the first examination here). */
  REVIEW("review", "审查"),
  /** 联办件: the departments' parallel opinions. */
  OPINIONS("opinions", "部门会签"),
  /** 决定. */
  DECISION("decision", "决定"),
  /** 制证送达: from the decision. */
  DELIVERY("delivery", "制证送达"),
  /** 推送监管 — the regulator's sign-for. */
  SIGN_FOR("signFor", "监管签收");

  private final String key;
  private final String label;

  Stage(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public static Stage of(String key) {
    for (Stage stage : values()) {
      if (stage.key.equalsIgnoreCase(key) || stage.name().equalsIgnoreCase(key)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("未知环节: " + key);
  }
}
