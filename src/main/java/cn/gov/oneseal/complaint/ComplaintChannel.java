package cn.gov.oneseal.complaint;

/** How a complaint reached the bureau. */
public enum ComplaintChannel {
  PORTAL("网上投诉"),
  WINDOW("窗口当面投诉"),
  PHONE("电话投诉"),
  HOTLINE("12345 热线转办"),
  LETTER("来信"),
  REGULATOR("监管部门转办");

  private final String label;

  ComplaintChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
