package cn.gov.oneseal.supervision;

import java.util.Date;
import java.util.List;

/**
 * The publications (双公示) late against their limit, as the feature that publishes them provides them: the sweep
 * raises a {@link CardKind#PUBLICATION_LATE} card for each and knows nothing of how a publication is made or pushed.
 */
public interface LatePublications {

  /** One late publication: its case, the card's scope (one card per publication) and the limit it missed. */
  record Late(String caseNumber, String scope, Date deadline) {}

  /** The publications not acknowledged by the credit platform within their limit, as of {@code now}. */
  List<Late> late(Date now);
}
