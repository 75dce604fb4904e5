package cn.gov.oneseal.commitment;

/** Where a signed commitment stands. */
public enum CommitmentStatus {
  /** Signed at the window, the decision on the spot is due. */
  SIGNED,
  /** The licence was granted on it; the regulator's verification is due. */
  GRANTED,
  /** The regulator found it true. */
  VERIFIED,
  /** Not met: the licensee was ordered to rectify by a deadline. */
  RECTIFYING,
  /** Met after rectification. */
  RECTIFIED,
  /** False or not rectified: the revocation procedure runs. */
  REVOCATION_PENDING,
  /** The bureau head decided to keep the licence. */
  KEPT,
  /** The licence was revoked. */
  REVOKED
}
