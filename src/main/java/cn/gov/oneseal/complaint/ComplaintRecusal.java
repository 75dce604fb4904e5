package cn.gov.oneseal.complaint;

import cn.gov.oneseal.form.FormValidationException;
import org.springframework.stereotype.Component;

/**
 * 回避: the officer a complaint names does not investigate or review it, and a complaint about a unit head (审批决定人 or
 * 局负责人) is investigated by a head of the bureau — on assignment and again on completion.
 */
@Component
class ComplaintRecusal {

  private final Complaints complaints;
  private final ComplaintOfficers officers;

  ComplaintRecusal(Complaints complaints, ComplaintOfficers officers) {
    this.complaints = complaints;
    this.officers = officers;
  }

  /** Refuses {@code user} as investigator, given the officer the complaint names (the error names {@code field}). */
  void investigator(long complaintId, String user, String namedOfficer, String field) {
    if (user == null) {
      return;
    }
    Complaint complaint = complaints.get(complaintId);
    if (user.equals(namedOfficer)) {
      throw FormValidationException.of(field, "SAME_OFFICER", "回避：本投诉涉及 " + officers.name(user)
          + "，被投诉人不得调查本投诉，请指定其他调查人");
    }
    if (!officers.isHeadOf(user, complaint.bureauId())) {
      throw FormValidationException.of(field, "NOT_A_HEAD", officers.name(user) + " 不是本局的单位负责人（审批决定人或局负责人），"
          + "不能调查投诉");
    }
    if (namedOfficer != null && officers.isHead(namedOfficer) && !officers.isBureauHead(user, complaint.bureauId())) {
      throw FormValidationException.of(field, "HEAD_COMPLAINT", "本投诉涉及单位负责人 " + officers.name(namedOfficer)
          + "，应由局负责人调查");
    }
  }

  /**
   * Refuses {@code user} as the reviewer of the answer: not the officer named. The bureau head reviews even an answer
   * they gave themselves (a complaint about a unit head), as the procedure has no one above them in the bureau.
   */
  void reviewer(long complaintId, String user, String field) {
    if (user == null) {
      return;
    }
    Complaint complaint = complaints.get(complaintId);
    if (user.equals(complaint.namedOfficer())) {
      throw FormValidationException.of(field, "SAME_OFFICER", "回避：本投诉涉及 " + officers.name(user)
          + "，被投诉人不得复核对本投诉的答复，请由其他局负责人办理");
    }
  }
}
