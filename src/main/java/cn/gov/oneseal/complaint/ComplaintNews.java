package cn.gov.oneseal.complaint;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the complainant is told, published in the step's transaction for the features that reach them (SMS and
 * e-mail through the outbox): the complaint was received, answered, or its answer reviewed.
 *
 * @param querySecret the query code, when the complainant has not seen it yet (a complaint taken by the window)
 */
public record ComplaintNews(Complaint complaint, Kind kind, String querySecret) {

  /** The three moments a complainant hears of. */
  public enum Kind {
    FILED, ANSWERED, REVIEWED
  }

  /** The messages' idempotency key stem: OneSeal-&lt;complaint&gt;-&lt;kind&gt;. */
  public String key() {
    return "OneSeal-" + complaint.number() + "-" + kind.name();
  }

  /** What happened, as a text message says it after "您的投诉（编号 …）". */
  public String progress() {
    return switch (kind) {
      case FILED -> "已收到" + (querySecret == null ? "" : "，查询码 " + querySecret) + "，本局将于"
          + day(complaint.registrationDue()) + "前登记";
      case ANSWERED -> "已调查答复，请查看答复并告知是否接受";
      case REVIEWED -> "的答复已由局负责人复核";
    };
  }

  private static LocalDate day(OffsetDateTime at) {
    return at.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
  }

  /** The e-mail's text. */
  public String text() {
    Complaint c = complaint;
    String greeting = (c.anonymous() || c.complainantName() == null ? "投诉人" : c.complainantName()) + "：\n\n";
    String body = switch (kind) {
      case FILED -> "您于 " + day(c.filedAt()) + " 提出的投诉（" + c.kind().label() + "）已收到，投诉编号 "
          + c.number() + (querySecret == null ? "" : "，查询码 " + querySecret + "（请妥善保管，凭编号和查询码在网上办事大厅查看进度和答复）")
          + "。本局电子监察将于 " + day(c.registrationDue()) + " 前登记，并指定调查人调查处理，按期答复您。";
      case ANSWERED -> "您的投诉（编号 " + c.number() + "）经调查，结论为：" + c.finding().label() + "。\n\n答复：" + c.answer()
          + "\n\n请于 " + day(c.replyDue()) + " 前在网上办事大厅告知是否接受本答复；不接受的，由局负责人复核。";
      case REVIEWED -> "您对投诉（编号 " + c.number() + "）答复的意见已由局负责人复核，复核结论："
          + ("upheld".equals(c.reviewResult()) ? "维持原答复" : "改变原答复") + "。\n\n复核意见：" + c.reviewOpinion();
    };
    return greeting + body + "\n\n本邮件由行政审批系统自动发送，请勿直接回复。";
  }
}
