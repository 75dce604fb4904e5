package cn.gov.oneseal.audit;

import static cn.gov.oneseal.audit.HistoryWords.DECISIONS;
import static cn.gov.oneseal.audit.HistoryWords.STAGES;

import cn.gov.oneseal.access.RoleSetup;
import cn.gov.oneseal.audit.CaseHistory.Entry;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueEntries;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.portal.MaterialFiles;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.Cards;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A case's timeline from the project's records: the receipt, the opinions, the decision, the clock's stops and
 * extension, the supervision cards, the notices and the submitted files.
 */
@Component
class RecordedEntries {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final ClockService clocks;
  private final Cards cards;
  private final RoleSetup roles;
  private final NoticeService notices;
  private final MaterialFiles materials;
  private final CatalogueEntries entries;

  RecordedEntries(CaseFiles caseFiles, ItemCatalogue catalogue, ClockService clocks, Cards cards, RoleSetup roles,
      NoticeService notices, MaterialFiles materials, CatalogueEntries entries) {
    this.entries = entries;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.clocks = clocks;
    this.cards = cards;
    this.roles = roles;
    this.notices = notices;
    this.materials = materials;
  }

  /** The receipt (收件登记), with the catalogue version the case runs under. */
  Entry receipt(CaseFile c) {
    return Entry.of(c.receivedAt(), "收件", "收件登记", c.receivedBy(),
        c.applicantName() + " 申请" + catalogue.find(c.itemCode()).map(ApprovalItem::name).orElse(c.itemCode())
            + catalogueVersion(c));
  }

  /** "；按事项目录第 2 版办理（承诺时限 8 个工作日；analyst1 于 2026-03-02 10:00 修改：承诺时限 6 → 8 个工作日）". */
  private String catalogueVersion(CaseFile c) {
    if (c.catalogueVersion() == null) {
      return "";
    }
    ApprovalItem item = catalogue.get(c.itemCode(), c.catalogueVersion());
    String promised = item.promisedLimit() == 0 ? "当场办结" : "承诺时限 " + item.promisedLimit() + " 个工作日";
    return "；按事项目录第 " + c.catalogueVersion() + " 版办理（" + promised + entries.version(c.itemCode(),
        c.catalogueVersion()).map(v -> {
          String at = MINUTE.format(v.changedAt().atZoneSameInstant(WorkingDayCalendar.ZONE));
          return v.source() == CatalogueEntries.Source.FILE ? "；" + at + " 由事项目录文件载入"
              : "；" + v.changedBy() + " 于 " + at + " 修改：" + v.changes();
        }).orElse("") + "）";
  }

  /** What was recorded after the receipt: opinions, decision, clock, cards, notices, files. */
  List<Entry> after(CaseFile c) {
    List<Entry> entries = new ArrayList<>();
    for (Opinion o : caseFiles.opinions(c.caseNumber())) {
      entries.add(Entry.of(o.recordedAt(), "意见", STAGES.getOrDefault(o.stage(), o.stage()) + "意见："
          + DECISIONS.getOrDefault(o.decision(), o.decision()), o.officerId(), o.opinion()));
    }
    if (c.decidedAt() != null) {
      entries.add(Entry.of(c.decidedAt(), "决定", "决定：" + DECISIONS.getOrDefault(c.decision(), c.status().label()), c.decidedBy(),
          c.licenceNumber() == null ? c.outcomeReasons() : "许可证编号 " + c.licenceNumber()));
    }
    clock(c.caseNumber(), entries);
    for (Card card : cards.ofCase(c.caseNumber())) {
      String responsible = roles.namesOf(card.responsibleGroup());
      entries.add(Entry.of(card.raisedAt(), "督办", card.kind().label() + "（" + card.stage() + "）",
          card.responsibleOfficer(), "时限 " + MINUTE.format(card.deadline().atZoneSameInstant(WorkingDayCalendar.ZONE))
              + "，责任部门/岗位 " + (responsible.isEmpty() ? "—" : responsible)));
      if (card.handledAt() != null) {
        entries.add(Entry.of(card.handledAt(), "督办", card.kind().label() + " 已处理", card.handledBy(),
            card.handlingOpinion()));
      }
    }
    for (Notice n : notices.ofCase(c.caseNumber())) {
      entries.add(Entry.of(n.createdAt(), "文书", n.title(), null, n.fileName()));
    }
    for (MaterialFiles.MaterialFile m : materials.ofCase(c.caseNumber())) {
      entries.add(Entry.of(m.submittedAt(), "材料", m.materialName() + "（" + m.purpose().label() + "）", null,
          m.fileName()));
    }
    return entries;
  }

  private void clock(String caseNumber, List<Entry> entries) {
    if (!clocks.exists(caseNumber)) {
      return;
    }
    CaseClock clock = clocks.clock(caseNumber);
    for (CaseClock.Stop s : clock.stops()) {
      entries.add(Entry.of(s.startedAt(), "计时", "停止计时：" + s.reason().label(), s.startedBy(), s.description()));
      if (s.endedAt() != null) {
        entries.add(Entry.of(s.endedAt(), "计时", "恢复计时：" + s.reason().label(), null,
            s.pausedDays() == null ? null : "暂停 " + s.pausedDays() + " 个工作日"));
      }
    }
    CaseClock.Extension e = clock.extension();
    if (e != null) {
      entries.add(Entry.of(e.requestedAt(), "延期", "申请延期 " + e.days() + " 个工作日", e.requestedBy(), e.reason()));
      if (e.decidedAt() != null) {
        entries.add(Entry.of(e.decidedAt(), "延期", "延期审批：" + e.status(), e.decidedBy(), e.decisionOpinion()));
      }
    }
  }
}
