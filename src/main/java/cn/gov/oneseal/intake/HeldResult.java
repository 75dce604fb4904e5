package cn.gov.oneseal.intake;

import java.util.Map;

/**
 * A result held for a case's 容缺 supplements (§5: not issued until they arrive), issued when the window accepts
 * them. The decision implements it; intake only says when.
 */
public interface HeldResult {

  /**
   * Issues the case's held result, if it has one (a case not yet decided has none: its decision will issue at
   * once), as {@code acceptedBy} accepted the supplements; returns the variables the case moves on with.
   */
  Map<String, Object> release(String caseNumber, String acceptedBy);
}
