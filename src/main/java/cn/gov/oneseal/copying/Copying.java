package cn.gov.oneseal.copying;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * 抄送: sends a copy ({@link CopyRules} check the sender and the recipient), lists the caller's copies, marks one read
 * and shows it read-only (the copy, the case at a glance, its issued documents and its 办件历史); lists whom the
 * sender may copy a case to. Runs as the system in one engine command.
 */
@Service
public class Copying {

  /** A copy as its recipient reads it: the copy, the case, its issued documents and its 办件历史. */
  public record CopyView(CaseCopy copy, CaseHistory.Timeline timeline, List<Notice> documents) {}

  private final ProcessEngine engine;
  private final CopyRules rules;
  private final Copies copies;
  private final CaseHistory caseHistory;
  private final NoticeService notices;

  public Copying(ProcessEngine engine, CopyRules rules, Copies copies, CaseHistory caseHistory,
      NoticeService notices) {
    this.engine = engine;
    this.rules = rules;
    this.copies = copies;
    this.caseHistory = caseHistory;
    this.notices = notices;
  }

  /** Whom the caller may copy the case to; 404 or 403 as for sending. */
  public CopyRecipients recipients(Authentication sender, String caseNumber) {
    return system(() -> rules.recipients(sender, rules.sender(sender, caseNumber)));
  }

  public CaseCopy send(Authentication sender, String caseNumber, String userId, String groupId, String note) {
    return system(() -> {
      CaseFile file = rules.sender(sender, caseNumber);
      CopyRules.Recipient recipient = rules.recipient(sender, file, userId, groupId);
      String text = rules.note(note);
      CaseCopy copy = new CaseCopy(0, caseNumber, rules.bureau(file), sender.getUserId(),
          offsetOf(ClockUtil.getCurrentTime()), recipient.user(), recipient.group(), text, null, null);
      return copies.find(copies.insert(copy)).orElseThrow();
    });
  }

  /** The copies to the caller (to them or one of their groups in their bureaus), newest first. */
  public List<CaseCopy> mine(Authentication who) {
    return copies.to(who.getUserId(), who.getGroupIds() == null ? List.of() : who.getGroupIds(),
        who.getTenantIds() == null ? List.of() : who.getTenantIds());
  }

  /** Marks the copy read by its recipient (once; again answers it as it is); 404 for anyone else. */
  public CaseCopy read(Authentication who, long id) {
    return system(() -> {
      CaseCopy copy = copies.find(id).filter(c -> rules.recipientOf(who, c))
          .orElseThrow(() -> ApiException.notFound("COPY_NOT_FOUND", "没有该抄送，或它不是抄送给您的"));
      copies.markRead(id, offsetOf(ClockUtil.getCurrentTime()), who.getUserId());
      return copies.find(id).orElseThrow();
    });
  }

  /** The copy with its case, read-only, for its recipient or sender; 404 for anyone else. */
  public CopyView view(Authentication who, long id) {
    return system(() -> {
      CaseCopy copy = readable(who, id);
      return new CopyView(copy, caseHistory.timeline(copy.caseNumber()).orElseThrow(),
          notices.ofCase(copy.caseNumber()));
    });
  }

  /** One issued document of the copy's case, with its stored bytes; 404 for anyone else or another case's. */
  public Map.Entry<Notice, byte[]> document(Authentication who, long id, long documentId) {
    return system(() -> {
      CaseCopy copy = readable(who, id);
      return notices.find(copy.caseNumber(), documentId).orElseThrow(() -> ApiException.notFound(
          "NOTICE_NOT_FOUND", "办件 " + copy.caseNumber() + " 没有编号为 " + documentId + " 的文书"));
    });
  }

  /** The media type of an issued document's file: PDF, or OFD for the OFD licence. */
  public static String mediaType(Notice document) {
    return document.fileName().endsWith(".ofd") ? "application/ofd" : "application/pdf";
  }

  private CaseCopy readable(Authentication who, long id) {
    return copies.find(id).filter(c -> rules.mayRead(who, c))
        .orElseThrow(() -> ApiException.notFound("COPY_NOT_FOUND", "没有该抄送，或它不是抄送给您的"));
  }

  /** The case's copies and whether each was read: for who works or worked on it, and its supervisors and auditors. */
  public List<CaseCopy> ofCase(Authentication who, String caseNumber) {
    return system(() -> {
      rules.caseOf(who, caseNumber);
      List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
      boolean oversees = groups.contains(Role.SUPERVISOR.groupId()) || groups.contains(Role.AUDITOR.groupId());
      if (!oversees && !rules.worked(who, caseNumber)) {
        throw ApiException.forbidden("只有办理过该办件的工作人员、电子监察和审计人员可以查看其抄送记录");
      }
      return copies.ofCase(caseNumber);
    });
  }

  private <T> T system(Supplier<T> action) {
    return AsSystem.call(engine, () -> {
      CommandContext context = Context.getCommandContext();
      boolean tenantCheck = context.isTenantCheckEnabled();
      context.disableTenantCheck();
      try {
        return action.get();
      } finally {
        if (tenantCheck) {
          context.enableTenantCheck();
        }
      }
    });
  }
}
