package cn.gov.oneseal.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
  FILED("待登记"),
  INVESTIGATING("调查中"),
  ANSWERED("已答复，待投诉人回复"),
  REVIEWING("复核中"),
  CLOSED("已办结");

  private final String label;

  ComplaintStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean open() {
    return this != CLOSED;
  }
}
