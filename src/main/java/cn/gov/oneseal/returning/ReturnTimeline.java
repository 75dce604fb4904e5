package cn.gov.oneseal.returning;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.TimelineSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case's returns on its 办件历史 timeline: "退回重审：决定 → 审查", who returned it to whom, and why. */
@Component
class ReturnTimeline implements TimelineSource {

  private static final java.util.Map<String, String> STAGES = java.util.Map.of("decision", "决定", "review", "审查",
      "intake", "受理");

  private final TaskReturns returns;

  ReturnTimeline(TaskReturns returns) {
    this.returns = returns;
  }

  @Override
  public List<CaseHistory.Entry> entries(String caseNumber) {
    return returns.ofCase(caseNumber).stream().map(r -> CaseHistory.Entry.of(r.at(), r.kind().label(),
        r.kind().label() + "：" + STAGES.get(r.fromStage()) + " → " + STAGES.get(r.toStage()), r.fromUser(),
        r.fromUser() + " → " + (r.toUser() == null ? (r.returnedTaskId() == null ? "（待生成任务）" : "岗位组待认领")
            : r.toUser()) + "；理由：" + r.reason())).toList();
  }
}
