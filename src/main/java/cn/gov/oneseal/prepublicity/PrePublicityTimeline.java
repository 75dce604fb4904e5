package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.TimelineSource;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The case's 批前公示 on its 办件历史: the publication with its period, each objection received (its number and text;
 * the objector's name and contact stay in the table), the end of the period with the number of objections, and the
 * reviewer's answer to each.
 */
@Component
class PrePublicityTimeline implements TimelineSource {

  private final PrePublicities publicities;

  PrePublicityTimeline(PrePublicities publicities) {
    this.publicities = publicities;
  }

  @Override
  public List<CaseHistory.Entry> entries(String caseNumber) {
    List<CaseHistory.Entry> entries = new ArrayList<>();
    publicities.ofCase(caseNumber).ifPresent(p -> {
      List<Objection> objections = publicities.objections(p.id());
      entries.add(CaseHistory.Entry.of(p.startsAt(), "批前公示", "批前公示开始：" + p.title(), null,
          "公示期 " + p.periodWords() + "，" + day(p.startsAt()) + " 至 " + day(p.endsAt()) + "；项目地点：" + p.location()));
      for (Objection o : objections) {
        entries.add(CaseHistory.Entry.of(o.receivedAt(), "批前公示意见", "收到批前公示意见第 " + o.seq() + " 条", null,
            "意见：" + o.text()));
      }
      // in this order where times are equal: the end, then the answers
      if (p.closedAt() != null) {
        entries.add(CaseHistory.Entry.of(p.closedAt(), "批前公示", "批前公示结束", null,
            "公示期届满，共收到意见 " + objections.size() + " 条"));
      }
      for (Objection o : objections) {
        if (o.answered()) {
          entries.add(CaseHistory.Entry.of(o.answeredAt(), "批前公示意见答复", "答复批前公示意见第 " + o.seq() + " 条",
              o.answeredBy(), "答复：" + o.answer()));
        }
      }
    });
    return entries;
  }

  private static String day(OffsetDateTime at) {
    return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate().toString();
  }
}
