package cn.gov.oneseal.supervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The returns (退回) the statistics count, as the feature that records them (returning/) provides them: supervision
 * reads them through this interface and knows nothing of how a return is made or stored.
 */
public interface ReturnRecords {

  /** One return: the bureau of the case, who returned it, to whom the returned task went, and whether to the review. */
  record Made(String bureau, String fromUser, String toUser, boolean toReview) {}

  /** The returns made in [from, toExclusive). */
  List<Made> between(OffsetDateTime from, OffsetDateTime toExclusive);

  /** The number of returns per case number. */
  Map<String, Integer> perCase();
}
