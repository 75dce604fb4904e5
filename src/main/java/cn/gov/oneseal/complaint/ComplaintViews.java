package cn.gov.oneseal.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A complaint as its readers see it: the complainant (what they filed, where it stands, the answer and the review —
 * not who investigated it or who was held to account) and the supervisors and heads (everything, with the named
 * officer's statements, the cards on its steps and the accountability it led to).
 */
@Component
class ComplaintViews {

  /** What the complainant reads in the online hall. */
  record ForComplainant(String complaintNumber, String status, String statusLabel, String caseNumber, String kind,
      String kindLabel, String facts, LocalDate occurredOn, OffsetDateTime filedAt, OffsetDateTime registrationDue,
      OffsetDateTime registeredAt, OffsetDateTime answerDue, boolean extended, String extensionReason, String finding,
      String findingLabel, String answer, OffsetDateTime answeredAt, OffsetDateTime replyDue, boolean mayReply,
      Boolean accepted, OffsetDateTime repliedAt, String reviewResult, String reviewResultLabel, String reviewOpinion,
      OffsetDateTime reviewedAt, OffsetDateTime closedAt, List<ComplaintAttachments.Attachment> attachments) {}

  /** What supervisors, heads and auditors read. */
  record ForOfficers(ForComplainant complaint, String bureauId, String itemCode, String channel, String channelLabel,
      String hotlineReference, String filedBy, String complainant, String contactPhone, String contactEmail,
      String namedOfficerText, String namedStep, boolean urgent, String registeredBy, String namedOfficer,
      String investigator, String findingReasons, String answeredBy, String replyComment, String reviewedBy,
      List<Complaints.Statement> statements, List<ComplaintCards.Card> cards,
      List<Accountability.Record> accountability) {}

  /** One line of the open complaints' list. */
  record Open(String complaintNumber, String bureauId, String caseNumber, String kindLabel, String complainant,
      String status, String statusLabel, String step, String holder, OffsetDateTime due, String worstCard,
      boolean urgent, OffsetDateTime filedAt) {}

  private final ComplaintAttachments attachments;
  private final Complaints complaints;
  private final ComplaintCards cards;
  private final Accountability accountability;

  ComplaintViews(ComplaintAttachments attachments, Complaints complaints, ComplaintCards cards,
      Accountability accountability) {
    this.attachments = attachments;
    this.complaints = complaints;
    this.cards = cards;
    this.accountability = accountability;
  }

  ForComplainant forComplainant(Complaint c) {
    boolean answered = c.answeredAt() != null;
    return new ForComplainant(c.number(), c.status().name(), c.status().label(), c.caseNumber(), c.kind().name(),
        c.kind().label(), c.facts(), c.occurredOn(), c.filedAt(), c.registrationDue(), c.registeredAt(), c.answerDue(),
        c.extended(), c.extensionReason(), answered ? c.finding().name() : null,
        answered ? c.finding().label() : null, c.answer(), c.answeredAt(), c.replyDue(),
        c.status() == ComplaintStatus.ANSWERED, c.accepted(), c.repliedAt(), c.reviewResult(),
        c.reviewResult() == null ? null : "upheld".equals(c.reviewResult()) ? "维持原答复" : "改变原答复",
        c.reviewOpinion(), c.reviewedAt(), c.closedAt(), attachments.of(c.id()));
  }

  ForOfficers forOfficers(Complaint c) {
    return new ForOfficers(forComplainant(c), c.bureauId(), c.itemCode(), c.channel().name(), c.channel().label(),
        c.hotlineReference(), c.filedBy(), c.complainant(), c.contactPhone(), c.contactEmail(), c.namedOfficerText(),
        c.namedStep(), c.urgent(), c.registeredBy(), c.namedOfficer(), c.investigator(), c.findingReasons(),
        c.answeredBy(), c.replyComment(), c.reviewedBy(), complaints.statements(c.id()), cards.of(c.id()),
        accountability.ofComplaint(c.id()));
  }
}
