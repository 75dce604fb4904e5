package cn.gov.oneseal.complaint;

import cn.gov.oneseal.audit.CaseHistory.Entry;
import cn.gov.oneseal.audit.TimelineSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The complaints about a case in its 办件历史: filed, registered (with the investigator), answered (the finding), the
 * complainant's reply and the head's review. Everyone who reads the case's history reads these, so they show neither
 * the complainant's contact nor who was held to account and how: that stays with the overseers
 * ({@code /api/v1/complaints}, the officers' files).
 */
@Component
class ComplaintTimeline implements TimelineSource {

  static final String TYPE = "投诉";

  private final Complaints complaints;

  ComplaintTimeline(Complaints complaints) {
    this.complaints = complaints;
  }

  @Override
  public List<Entry> entries(String caseNumber) {
    List<Entry> entries = new ArrayList<>();
    for (Complaint c : complaints.ofCase(caseNumber)) {
      entries.add(Entry.of(c.filedAt(), TYPE, "收到投诉 " + c.number() + "（" + c.kind().label() + "）", c.filedBy(),
          c.channel().label() + "：" + c.facts() + (c.namedOfficerText() == null ? "" : "；被投诉人："
              + c.namedOfficerText())));
      if (c.registeredAt() != null) {
        entries.add(Entry.of(c.registeredAt(), TYPE, "登记投诉 " + c.number(), c.registeredBy(), "调查人 "
            + c.investigator()));
      }
      if (c.answeredAt() != null) {
        entries.add(Entry.of(c.answeredAt(), TYPE, "答复投诉 " + c.number() + "：" + c.finding().label(),
            c.answeredBy(), c.finding().holdsToAccount() ? "已追究责任，记录由电子监察和局负责人查阅" : null));
      }
      if (c.repliedAt() != null) {
        entries.add(Entry.of(c.repliedAt(), TYPE, "投诉人" + (Boolean.TRUE.equals(c.accepted()) ? "接受" : "不接受")
            + "答复 " + c.number(), null, c.replyComment()));
      }
      if (c.reviewedAt() != null) {
        entries.add(Entry.of(c.reviewedAt(), TYPE, "复核投诉答复 " + c.number() + "："
            + ("upheld".equals(c.reviewResult()) ? "维持原答复" : "改变原答复"), c.reviewedBy(), c.reviewOpinion()));
      }
    }
    return entries;
  }
}
