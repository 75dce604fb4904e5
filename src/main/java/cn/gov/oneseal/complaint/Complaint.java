package cn.gov.oneseal.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One complaint as recorded ({@code complaint}); the case, the named officer and the contact may be absent. */
public record Complaint(long id, String number, String caseNumber, String bureauId, String itemCode,
    ComplaintChannel channel, String hotlineReference, String filedBy, OffsetDateTime filedAt, boolean anonymous,
    String complainantName, String contactPhone, String contactEmail, ComplaintKind kind, String facts,
    LocalDate occurredOn, String namedOfficerText, String namedStep, boolean urgent, ComplaintStatus status,
    OffsetDateTime registrationDue, String registeredBy, OffsetDateTime registeredAt, String namedOfficer,
    String investigator, OffsetDateTime answerDue, boolean extended, String extensionReason, Finding finding,
    String findingReasons, String answer, String answeredBy, OffsetDateTime answeredAt, OffsetDateTime replyDue,
    Boolean accepted, String replyComment, OffsetDateTime repliedAt, String reviewResult, String reviewOpinion,
    String reviewedBy, OffsetDateTime reviewedAt, OffsetDateTime closedAt) {

  /** The complainant as officers and the timeline name them. */
  public String complainant() {
    return anonymous || complainantName == null ? "匿名投诉人" : complainantName;
  }

  /**
   * What the complaint says, filed: kind, what happened and when, whom and which step it names — not who complained
   * (the officer it names reads this too).
   */
  public String summary() {
    return channel.label() + "；投诉" + kind.label() + "：" + facts + "（发生于 " + occurredOn + "）"
        + (namedOfficerText == null ? "" : "；被投诉人：" + namedOfficerText)
        + (namedStep == null ? "" : "；环节：" + namedStep) + (urgent ? "；紧急" : "");
  }
}
