package cn.gov.oneseal.copying;

import cn.gov.oneseal.access.RoleSetup;
import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.audit.TimelineSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case's copies on its 办件历史: to whom, the note, and whether (by whom, when) it was read. */
@Component
class CopyTimeline implements TimelineSource {

  private final Copies copies;
  private final RoleSetup roles;

  CopyTimeline(Copies copies, RoleSetup roles) {
    this.copies = copies;
    this.roles = roles;
  }

  @Override
  public List<CaseHistory.Entry> entries(String caseNumber) {
    return copies.ofCase(caseNumber).stream().map(copy -> CaseHistory.Entry.of(copy.sentAt(), "抄送",
        "抄送给 " + (copy.recipientUser() != null ? copy.recipientUser() : roles.namesOf(copy.recipientGroup())),
        copy.sentBy(), "抄送说明：" + copy.note() + "；" + (copy.read()
            ? "已阅（" + copy.readBy() + "，" + copy.readAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai"))
                .toLocalDateTime().toString().replace('T', ' ').substring(0, 16) + "）"
            : "未阅"))).toList();
  }
}
