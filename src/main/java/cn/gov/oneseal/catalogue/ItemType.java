package cn.gov.oneseal.catalogue;

/** 办件类型: how an item is handled. */
public enum ItemType {
  /** 即办件: accepted and decided at the window on the spot (Licensing Law art. 34). */
  INSTANT("即办件", 'J'),
  /** 承诺件: examined and decided within the promised limit. */
  PROMISE("承诺件", 'C'),
  /** 上报件: examined here (first stage ≤ 20 WD, art. 43), decided by a higher organ. */
  REPORT("上报件", 'S'),
  /** 联办件: several departments give opinions in parallel, the lead decides (art. 26, 42 ¶2). */
  JOINT("联办件", 'L');

  private final String label;
  private final char caseNumberLetter;

  ItemType(String label, char caseNumberLetter) {
    this.label = label;
    this.caseNumberLetter = caseNumberLetter;
  }

  public String label() {
    return label;
  }

  /** The letter of this type in case numbers. */
  public char caseNumberLetter() {
    return caseNumberLetter;
  }

  /** 容缺受理 is never for 即办件 (湘西 art. 2 and the other local rules). */
  public boolean allowsDeficiencyAcceptance() {
    return this != INSTANT;
  }

  /** 告知承诺 means deciding here on the spot: not when a higher organ or several departments decide. */
  public boolean allowsCommitment() {
    return this == INSTANT || this == PROMISE;
  }
}
