package cn.gov.oneseal.messaging;

/** The ways an applicant is told of the documents of their case, each of which they may turn off. */
enum Channel {
  SMS("短信"),
  EMAIL("电子邮件");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
