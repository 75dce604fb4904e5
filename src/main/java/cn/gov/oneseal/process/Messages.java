package cn.gov.oneseal.process;

/**
 * The messages of the bureau's processes, correlated by the case number (business key). Officers send none to the
 * engine themselves but the start message of a wrong-approval report: the portal's API and the window's step correlate
 * them as the system.
 */
public final class Messages {

  /** The applicant's corrections (Stage_Intake). */
  public static final String CORRECTIONS_SUBMITTED = "Msg_CorrectionsSubmitted";
  /** The 容缺 supplements (Stage_Supplements). */
  public static final String SUPPLEMENTS_SUBMITTED = "Msg_SupplementsSubmitted";
  /** The held grant is issued (sent by the system to the item's process, with the licence number). */
  public static final String SUPPLEMENTS_ACCEPTED = "Msg_SupplementsAccepted";
  /** The applicant's report that it has rectified after a site survey (Stage_SiteSurvey). */
  public static final String SURVEY_RECTIFICATION_COMPLETED = "Msg_SurveyRectificationCompleted";
  /** A licensee's 陈述申辩 against a revocation (Commitment_Verification). */
  public static final String REVOCATION_RESPONSE = "Msg_RevocationResponse";
  /** A regulator reports a wrong approval (starts Supervision_WrongApprovalFeedback). */
  public static final String WRONG_APPROVAL_REPORTED = "Msg_WrongApprovalReported";
  /** The licensee's 陈述申辩 on a wrong approval. */
  public static final String WRONG_APPROVAL_RESPONSE = "Msg_WrongApprovalResponse";
  /** A complaint from the portal or a regulator's system (starts Supervision_Complaint; the API sends it). */
  public static final String COMPLAINT_FILED = "Msg_ComplaintFiled";
  /** The complainant's reply to the answer: accepted or not (complaintAccepted, replyComment). */
  public static final String COMPLAINT_REPLY = "Msg_ComplaintReply";
  /** 上报件: the higher organ's decision. */
  public static final String HIGHER_ORGAN_DECISION = "Msg_HigherOrganDecision";

  private Messages() {}
}
