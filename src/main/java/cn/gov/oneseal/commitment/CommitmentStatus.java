package cn.gov.oneseal.commitment;

/** Where a signed commitment stands. */
public enum CommitmentStatus {
  /** Signed at the window, the decision on the spot is due. */
  SIGNED,
  /** The licence was granted on it; the regulator's verification is due. */
  GRANTED
}
