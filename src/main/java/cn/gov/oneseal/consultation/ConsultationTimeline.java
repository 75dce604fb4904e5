package cn.gov.oneseal.consultation;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.TimelineSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The case's consultations on its 办件历史: the asking (on which step, whom, the question, the deadline) and each reply —
 * the answer by its consultee, or 逾期未回复 when the deadline passed.
 */
@Component
class ConsultationTimeline implements TimelineSource {

  private final Consulting consulting;

  ConsultationTimeline(Consulting consulting) {
    this.consulting = consulting;
  }

  @Override
  public List<CaseHistory.Entry> entries(String caseNumber) {
    List<CaseHistory.Entry> entries = new ArrayList<>();
    for (Consultation c : consulting.ofCase(caseNumber)) {
      String whom = c.replies().stream().map(Consultation.Reply::consulteeName).collect(Collectors.joining("、"));
      entries.add(CaseHistory.Entry.of(c.askedAt(), "征求意见", "“" + c.stage() + "”环节征求 " + whom + " 的意见",
          c.askedBy(), "问题：" + c.question() + "；答复期限 " + c.workingDays() + " 个工作日（至 "
              + c.dueAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate() + "）"));
      for (Consultation.Reply r : c.replies()) {
        if (r.state() == ReplyState.ANSWERED) {
          entries.add(CaseHistory.Entry.of(r.answeredAt(), "征求意见答复", r.consulteeName() + " 答复征求意见",
              r.answeredBy(), "答复：" + r.answer()));
        } else if (r.state() == ReplyState.OVERDUE) {
          entries.add(CaseHistory.Entry.of(r.answeredAt(), "征求意见答复", r.consulteeName() + " 逾期未回复", null,
              "答复期限届满，未答复；不再等待其意见"));
        } else if (r.state() == ReplyState.WITHDRAWN) {
          entries.add(CaseHistory.Entry.of(r.answeredAt(), "征求意见答复", "向 " + r.consulteeName() + " 的征求意见已撤回",
              null, "征求意见的环节未办结即已结束，不再等待答复"));
        }
      }
    }
    return entries;
  }
}
