package cn.gov.oneseal.process;

/**
 * The variables the system sets on a case's processes (the fields officers fill in are {@link FormFields}). Few and
 * small: the business data lives in the project's tables, keyed by the case number. {@code ProcessVocabularyTest}
 * fails on a variable a model reads, writes or maps that is declared neither here nor among the form fields.
 */
public final class CaseVariables {

  // what every stage of a case receives (the case's business key is its number)
  /** 办件编号, also the business key. */
  public static final String CASE_NUMBER = "caseNumber";
  /** The item's catalogue code (the item process's key). */
  public static final String ITEM_CODE = "itemCode";
  /** The item's Chinese name. */
  public static final String ITEM_NAME = "itemName";
  /** The case at a glance, shown in every task's form. */
  public static final String CASE_SUMMARY = "caseSummary";
  /** An online application's path as the applicant asked for it (容缺, 告知承诺), for the case summary. */
  public static final String APPLICANT_PATH_NOTE = "applicantPathNote";
  /** The bureau (engine tenant) that handles a process started by the system for a case. */
  public static final String BUREAU_ID = "bureauId";
  /** The item's regulator group (dispatch, verification, wrong-approval reports). */
  public static final String REGULATOR_GROUP = "regulatorGroup";
  /** The regulator department's Chinese name. */
  public static final String REGULATOR = "regulator";

  // intake
  /** How the item surveys: REQUIRED, OPTIONAL (the window decides) or NONE. */
  public static final String SURVEY_MODE = "surveyMode";
  /** The options of the intake form's material checklists (the item's materials). */
  public static final String MATERIAL_OPTIONS = "materialOptions";
  /** Whether the case's grant waits for its 容缺 supplements. */
  public static final String DEFICIENCY_PENDING = "deficiencyPending";
  /** The correction deadline given to the applicant (一次性告知). */
  public static final String CORRECTION_DUE = "correctionDue";
  /** The 容缺 supplement deadline given to the applicant. */
  public static final String SUPPLEMENT_DUE = "supplementDue";

  // 批前公示 (Stage_Review, prepublicity/)
  /** When the case's 批前公示 ends: the due date of its timer {@code Event_PrePublicityEnded}. */
  public static final String PRE_PUBLICITY_ENDS = "prePublicityEnds";
  /** The objections to the 批前公示 as the review form lists them (numbers, dates, texts; no contact data). */
  public static final String PRE_PUBLICITY_OBJECTIONS = "prePublicityObjections";

  // survey
  /** Whether the item's case needs a site survey (Decision_SurveyRequired). */
  public static final String SURVEY_REQUIRED = "surveyRequired";
  /** The options of the survey lead's participant checklist. */
  public static final String SURVEY_PARTICIPANT_OPTIONS = "surveyParticipantOptions";
  /** The survey round's deadline and the participants' findings deadline. */
  public static final String SURVEY_DUE = "surveyDue";
  public static final String FINDINGS_DUE = "findingsDue";
  /** One invited participant group (multi-instance element). */
  public static final String PARTICIPANT = "participant";
  /** The participants' findings, summed up for the lead's record. */
  public static final String PARTICIPANT_FINDINGS_SUMMARY = "participantFindingsSummary";
  /** The survey's record returned to the item. */
  public static final String SURVEY_FINDINGS = "surveyFindings";
  /** A rectification deadline given to the applicant (survey, commitment, bad rating). */
  public static final String RECTIFICATION_DUE = "rectificationDue";
  /** The applicant's report that it has rectified. */
  public static final String RECTIFICATION_REPORT = "rectificationReport";

  // review and decision
  /** Who reviewed (一审一核: not the decider). */
  public static final String REVIEWER_ID = "reviewerId";
  /**
   * 退回 (returning/): a task-local note on a task a case was returned to (or came back to after a return) — who
   * returned it, when and why — shown in the task's form. Gone with the task.
   */
  public static final String RETURN_NOTE = "returnNote";
  /** The special procedure's Chinese label and the extension's working days, for the head's form. */
  public static final String SPECIAL_PROCEDURE_LABEL = "specialProcedureLabel";
  public static final String EXTENSION_DAYS = "extensionDays";
  /** 联办件: one department (multi-instance element) and their opinions. */
  public static final String DEPARTMENT = "department";
  public static final String DEPARTMENT_OPINIONS = "departmentOpinions";
  /** 上报件: the higher organ's document number. */
  public static final String HIGHER_ORGAN_DOCUMENT = "higherOrganDocument";
  /** The licence number of a grant. */
  public static final String LICENCE_NUMBER = "licenceNumber";

  // commitment verification and revocation
  public static final String VERIFICATION_DUE = "verificationDue";
  public static final String REVERIFICATION_DUE = "reverificationDue";
  public static final String REVOCATION_GROUNDS = "revocationGrounds";
  /** A licensee's 陈述申辩 against a revocation, and its deadline. */
  public static final String REVOCATION_RESPONSE = "revocationResponse";
  public static final String RESPONSE_DUE = "responseDue";

  // wrong-approval reports
  public static final String REPORT_ID = "reportId";
  public static final String INVESTIGATION_DUE = "investigationDue";
  public static final String DECISION_DUE = "decisionDue";
  public static final String LICENSEE_RESPONSE = "licenseeResponse";
  public static final String REGULATOR_ANSWER = "regulatorAnswer";

  // dispatch to the regulator's system
  /** decision, revocation or wrong-approval-answer. */
  public static final String NOTIFICATION_KIND = "notificationKind";

  // e-supervision, follow-up and ratings
  public static final String CARD_ID = "cardId";
  public static final String CARD_TITLE = "cardTitle";
  public static final String CARD_SUMMARY = "cardSummary";
  public static final String FOLLOW_UP_AT = "followUpAt";
  public static final String APPLICANT_CONTACT = "applicantContact";
  public static final String RATING_SUMMARY = "ratingSummary";
  public static final String CONTACT_DUE = "contactDue";
  /**
   * 催办 (urging/): a task-local flag, true on a task a supervisor or the bureau head has urged (and on the bureau
   * head's escalation task); the shared filter 被催办 lists the tasks that carry it. Gone with the task.
   */
  public static final String URGED = "urged";

  // 投诉处理 (complaint/, process Supervision_Complaint: the complaint number its business key)
  /** The complaint (complaint.id) and its number. */
  public static final String COMPLAINT_ID = "complaintId";
  public static final String COMPLAINT_NUMBER = "complaintNumber";
  /** The complaint at a glance, shown in every task's form. */
  public static final String COMPLAINT_SUMMARY = "complaintSummary";
  /** Whether the complaint names an open case (the registration may urge its current steps). */
  public static final String CASE_OPEN = "caseOpen";
  /** The select options of the forms: the officers (named, responsible), the investigators, the measures (JSON). */
  public static final String OFFICER_OPTIONS = "officerOptions";
  public static final String INVESTIGATOR_OPTIONS = "investigatorOptions";
  public static final String MEASURE_OPTIONS = "measureOptions";
  /** The deadlines: registration, answer (with its text for the form), the complainant's reply, the review. */
  public static final String COMPLAINT_REGISTRATION_DUE = "complaintRegistrationDue";
  public static final String COMPLAINT_ANSWER_DUE = "complaintAnswerDue";
  public static final String COMPLAINT_ANSWER_DUE_TEXT = "complaintAnswerDueText";
  public static final String COMPLAINT_REPLY_DUE = "complaintReplyDue";
  public static final String COMPLAINT_REVIEW_DUE = "complaintReviewDue";
  /** The bureau heads who may review an answer not accepted: the candidate users (the officer named excepted). */
  public static final String COMPLAINT_REVIEWERS = "complaintReviewers";
  /** The named officer's statements and the named case's timeline, for the investigator's form (text). */
  public static final String OFFICER_STATEMENTS = "officerStatements";
  public static final String CASE_TIMELINE = "caseTimeline";
  /** The complainant's reply (message Msg_ComplaintReply): accepted or not, and why. */
  public static final String COMPLAINT_ACCEPTED = "complaintAccepted";
  public static final String REPLY_COMMENT = "replyComment";

  // 征求意见 (consultation/, process Consultation_Opinion: one per consultee, the case number its business key)
  /** The consultee's reply (consultation_reply.id) the process answers. */
  public static final String CONSULTATION_REPLY_ID = "consultationReplyId";
  /** Who asks, on which step, by when: the line above the question in the consultee's form. */
  public static final String CONSULTATION_REQUEST = "consultationRequest";
  /** The question asked. */
  public static final String CONSULTATION_QUESTION = "consultationQuestion";
  /** The deadline of the reply (end of the last working day): the task's due date and the timer of 逾期未回复. */
  public static final String CONSULTATION_DUE = "consultationDue";

  // Decision_ApplicationPath (the rules over an item and an applicant's credit)
  public static final String ITEM_TYPE = "itemType";
  public static final String REQUESTED_PATH = "requestedPath";
  public static final String DEFICIENCY_ALLOWED = "deficiencyAllowed";
  public static final String COMMITMENT_ALLOWED = "commitmentAllowed";
  public static final String SERIOUS_BAD_CREDIT = "seriousBadCredit";
  public static final String FALSE_COMMITMENT = "falseCommitment";
  public static final String DEFICIENCY_BAN = "deficiencyBan";
  /** Its answer: whether the path applies, and the reason shown to the window and the applicant. */
  /** 模型变更审批 (Governance_ModelChange, modelchange/): the change's number, title, proposer and what the head reads. */
  public static final String CHANGE_NUMBER = "changeNumber";
  public static final String CHANGE_TITLE = "changeTitle";
  public static final String CHANGE_PROPOSED_BY = "changeProposedBy";
  /** What changed, element by element (text, shown in the approval form). */
  public static final String CHANGE_DIFF = "changeDiff";
  /** The results of the checks on arrival (text). */
  public static final String CHANGE_CHECKS = "changeChecks";
  /** The running cases under the generated migration plan (text). */
  public static final String CHANGE_DRY_RUN = "changeDryRun";

  public static final String PATH_ALLOWED = "allowed";
  public static final String PATH_REASON = "reason";

  private CaseVariables() {}
}
