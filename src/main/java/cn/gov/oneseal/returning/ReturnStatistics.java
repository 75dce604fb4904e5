package cn.gov.oneseal.returning;

import cn.gov.oneseal.supervision.ReturnRecords;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The returns for the e-supervision statistics ({@link ReturnRecords}), read from {@link TaskReturns}. */
@Component
class ReturnStatistics implements ReturnRecords {

  private final TaskReturns returns;

  ReturnStatistics(TaskReturns returns) {
    this.returns = returns;
  }

  @Override
  public List<Made> between(OffsetDateTime from, OffsetDateTime toExclusive) {
    return returns.between(from, toExclusive).stream()
        .map(r -> new Made(r.bureau(), r.fromUser(), r.toUser(), r.kind() == ReturnKind.TO_REVIEW)).toList();
  }

  @Override
  public Map<String, Integer> perCase() {
    return returns.perCase();
  }
}
