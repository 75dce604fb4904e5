package cn.gov.oneseal.feedback;

/** Where a report of a wrong approval stands. */
public enum WrongApprovalStatus {
  /** Reported; the bureau investigates. */
  REPORTED,
  /** Founded: the licensee was told the facts and may respond. */
  HEARING,
  /** The response is in or its period is over; the decision is due. */
  DECIDING,
  /** The bureau's answer (unfounded, or the decision) is recorded and sent to the regulator. */
  ANSWERED,
  /** The regulator signed for the answer. */
  CLOSED;

  /** Still open: a second report on the same case waits until the answer. */
  public boolean open() {
    return this == REPORTED || this == HEARING || this == DECIDING;
  }
}
