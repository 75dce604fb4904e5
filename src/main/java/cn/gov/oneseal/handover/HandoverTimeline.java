package cn.gov.oneseal.handover;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.TimelineSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case's handovers on its 办件历史 timeline: "转办：审查 王强（reviewer1）→ 赵磊（reviewer2）", with the reason. */
@Component
class HandoverTimeline implements TimelineSource {

  private final Handovers handovers;

  HandoverTimeline(Handovers handovers) {
    this.handovers = handovers;
  }

  @Override
  public List<CaseHistory.Entry> entries(String caseNumber) {
    return handovers.ofCase(caseNumber).stream().map(h -> CaseHistory.Entry.of(h.at(), h.kind().label(),
        h.kind().label() + "：" + (h.taskName() == null ? "" : h.taskName()), h.actedBy(), detail(h))).toList();
  }

  private static String detail(Handover h) {
    String who = (h.from() == null ? "（无）" : h.from()) + " → " + h.to();
    return switch (h.kind()) {
      case TRANSFER -> who + "；理由：" + h.reason();
      case REASSIGN -> who + "（通过任务列表或引擎接口改派，未填写理由）";
      case STAND_IN -> who + (h.reason() == null ? "" : "；" + h.reason());
      case DEPARTED -> h.from() + " → 岗位组；" + h.reason();
    };
  }
}
