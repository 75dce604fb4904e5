package cn.gov.oneseal.urging;

import cn.gov.oneseal.access.RoleSetup;
import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.TimelineSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case's urges on its 办件历史: who urged which step, held by whom, why, and whether it went to the head. */
@Component
class UrgeTimeline implements TimelineSource {

  private final Urges urges;
  private final RoleSetup roles;

  UrgeTimeline(Urges urges, RoleSetup roles) {
    this.urges = urges;
    this.roles = roles;
  }

  @Override
  public List<CaseHistory.Entry> entries(String caseNumber) {
    return urges.ofCase(caseNumber).stream().map(urge -> CaseHistory.Entry.of(urge.urgedAt(), "催办",
        (urge.escalated() ? "催办（已升级至局负责人）：" : "催办：") + urge.stage(), urge.urgedBy(),
        "承办：" + holder(urge) + "；催办意见：" + urge.note())).toList();
  }

  private String holder(Urge urge) {
    return urge.heldBy() != null ? urge.heldBy() : roles.namesOf(urge.heldByGroups()) + "（未认领）";
  }
}
