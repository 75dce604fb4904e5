package cn.gov.oneseal.process;

/**
 * The fields of the bureau's Camunda Forms ({@code forms/*.form}): each field's key is the process variable it
 * writes (the case number, which a regulator's report form also asks for, is {@link CaseVariables#CASE_NUMBER}). Generated from the forms and kept equal to them by {@code ProcessVocabularyTest}; a field's label and its
 * options are read from the forms at run time ({@code form/FormChoices}), not copied here.
 */
public final class FormFields {

  /** 追责措施 (Form_InvestigateComplaint). */
  public static final String ACCOUNTABILITY_MEASURE = "accountabilityMeasure";
  /** 匿名投诉（不留姓名） (Form_FileComplaint). */
  public static final String ANONYMOUS = "anonymous";
  /** 已签收答复 (Form_ReceiveWrongApprovalAnswer). */
  public static final String ANSWER_RECEIVED = "answerReceived";
  /** 与申请人的预约情况 (Form_ScheduleSurvey). */
  public static final String APPLICANT_APPOINTMENT = "applicantAppointment";
  /** 申请人已在勘验记录上签字确认 (Form_RecordSurveyFindings). */
  public static final String APPLICANT_CONFIRMED = "applicantConfirmed";
  /** 已联系申请人 (Form_ContactApplicant). */
  public static final String APPLICANT_CONTACTED = "applicantContacted";
  /** 证件号码 (8 forms). */
  public static final String APPLICANT_ID = "applicantId";
  /** 证件类型 (8 forms). */
  public static final String APPLICANT_ID_TYPE = "applicantIdType";
  /** 申请人名称 (8 forms). */
  public static final String APPLICANT_NAME = "applicantName";
  /** 已与申请人预约勘验时间 (Form_ScheduleSurvey). */
  public static final String APPLICANT_NOTIFIED = "applicantNotified";
  /** 主体业态 (Form_RegisterFoodBusinessLicence). */
  public static final String BUSINESS_SCOPE = "businessScope";
  /** 以告知承诺方式准予（申请人书面承诺符合条件，以承诺代替证明材料，监管部门事后核查） (Form_DecideOnTheSpot). */
  public static final String BY_COMMITMENT = "byCommitment";
  /** 审批模型变更: approve or refuse, and the opinion (the reason, when refused). */
  public static final String CHANGE_APPROVED = "changeApproved";
  /** 变更内容 (Form_DecideWrongApproval). */
  public static final String CHANGE_DETAILS = "changeDetails";
  /** 已核对告知承诺书与申请材料：承诺内容完整，申请人签署无误 (Form_DecideOnCommitment). */
  public static final String COMMITMENT_REVIEWED = "commitmentReviewed";
  /** 申请人已当场签署《行政许可告知承诺书》 (2 forms). */
  public static final String COMMITMENT_SIGNED = "commitmentSigned";
  /** 投诉人姓名 (Form_FileComplaint). */
  public static final String COMPLAINANT_NAME = "complainantName";
  /** 办理方式 (Form_InvestigateComplaint). */
  public static final String COMPLAINT_ACTION = "complaintAction";
  /** 答复投诉人的内容 (Form_InvestigateComplaint). */
  public static final String COMPLAINT_ANSWER = "complaintAnswer";
  /** 投诉渠道 (Form_FileComplaint). */
  public static final String COMPLAINT_CHANNEL = "complaintChannel";
  /** 投诉事项（发生了什么） (Form_FileComplaint). */
  public static final String COMPLAINT_FACTS = "complaintFacts";
  /** 调查结论 (Form_InvestigateComplaint). */
  public static final String COMPLAINT_FINDING = "complaintFinding";
  /** 调查人 (Form_RegisterComplaint). */
  public static final String COMPLAINT_INVESTIGATOR = "complaintInvestigator";
  /** 投诉类别 (Form_FileComplaint). */
  public static final String COMPLAINT_KIND = "complaintKind";
  /** 答复意见 (Form_GiveConsultationOpinion). */
  public static final String CONSULTATION_ANSWER = "consultationAnswer";
  /** 电子邮箱 (the registration forms, optional): the applicant's notices are also sent there. */
  public static final String CONTACT_EMAIL = "contactEmail";
  /** 核实情况 (Form_ContactApplicant). */
  public static final String CONTACT_FINDINGS = "contactFindings";
  /** 联系人 (8 forms). */
  public static final String CONTACT_NAME = "contactName";
  /** 联系电话 (8 forms). */
  public static final String CONTACT_PHONE = "contactPhone";
  /** 核实结论 (Form_ContactApplicant). */
  public static final String CONTACT_VERIFICATION = "contactVerification";
  /** 需要补正的全部内容 (Form_AcceptApplication). */
  public static final String CORRECTION_DETAILS = "correctionDetails";
  /** 需补正的材料 (Form_AcceptApplication). */
  public static final String CORRECTION_MATERIALS = "correctionMaterials";
  /** 补正期限（工作日） (Form_AcceptApplication). */
  public static final String CORRECTION_WORKING_DAYS = "correctionWorkingDays";
  /** 审批决定 (2 forms). */
  public static final String DECISION = "decision";
  /** 办理方式 (2 forms). */
  public static final String DECISION_ACTION = "decisionAction";
  /** 决定意见 / 不予许可理由 (3 forms). */
  public static final String DECISION_OPINION = "decisionOpinion";
  /** 容缺的材料（仅限本事项容缺材料清单内的次要材料） (Form_AcceptApplication). */
  public static final String DEFICIENT_MATERIALS = "deficientMaterials";
  /** 已当场将决定书（及许可证）交付申请人 (3 forms). */
  public static final String DELIVERED = "delivered";
  /** 出件方式 (3 forms). */
  public static final String DELIVERY_METHOD = "deliveryMethod";
  /** 送达说明 (2 forms). */
  public static final String DELIVERY_NOTE = "deliveryNote";
  /** 本部门意见 (Form_GiveDepartmentOpinion). */
  public static final String DEPARTMENT_AGREES = "departmentAgrees";
  /** 意见说明 (Form_GiveDepartmentOpinion). */
  public static final String DEPARTMENT_OPINION = "departmentOpinion";
  /** 预计所需工作日 (Form_ReviewApplication). */
  public static final String EXPECTED_WORKING_DAYS = "expectedWorkingDays";
  /** 审批意见 (2 forms). */
  public static final String EXTENSION_APPROVED = "extensionApproved";
  /** 已书面告知申请人延期理由（批准时必选） (Form_ApproveExtension). */
  public static final String EXTENSION_NOTICE_GIVEN = "extensionNoticeGiven";
  /** 意见说明 (2 forms). */
  public static final String EXTENSION_OPINION = "extensionOpinion";
  /** 延期理由 (2 forms). */
  public static final String EXTENSION_REASON = "extensionReason";
  /** 调查认定的事实和理由 (Form_InvestigateComplaint). */
  public static final String FINDING_REASONS = "findingReasons";
  /** 申请人的意见和建议（未联系上的，写明联系经过） (Form_FollowUpApplicant). */
  public static final String FOLLOW_UP_REMARKS = "followUpRemarks";
  /** 回访结果 (Form_FollowUpApplicant). */
  public static final String FOLLOW_UP_RESULT = "followUpResult";
  /** 形式审查：申请材料齐全、符合法定形式 (Form_AcceptApplication). */
  public static final String FORMAL_CHECK_PASSED = "formalCheckPassed";
  /** 督办意见 (Form_HandleCard). */
  public static final String HANDLING_OPINION = "handlingOpinion";
  /** 意见（不同意的须说明理由） (Form_ApproveRevocation). */
  public static final String HEAD_OPINION = "headOpinion";
  /** 12345 工单号 (Form_FileComplaint). */
  public static final String HOTLINE_REFERENCE = "hotlineReference";
  /** 受理决定 (3 forms). */
  public static final String INTAKE_DECISION = "intakeDecision";
  /** 受理意见 / 不予受理理由 (2 forms). */
  public static final String INTAKE_OPINION = "intakeOpinion";
  /** 调查结论 (Form_InvestigateWrongApproval). */
  public static final String INVESTIGATION_FINDING = "investigationFinding";
  /** 调查认定的事实和理由 (Form_InvestigateWrongApproval). */
  public static final String INVESTIGATION_REASONS = "investigationReasons";
  /** 勘验情况 (Form_RecordSurveyFindings). */
  public static final String LEAD_FINDINGS = "leadFindings";
  /** 已收申请材料 (8 forms). */
  public static final String MATERIALS = "materials";
  /** 被投诉的工作人员（核实后选择；未点名的不选） (Form_RegisterComplaint). */
  public static final String NAMED_OFFICER = "namedOfficer";
  /** 被投诉的工作人员（姓名或窗口号，可选） (Form_FileComplaint). */
  public static final String NAMED_OFFICER_TEXT = "namedOfficerText";
  /** 涉及的办理环节（可选） (Form_FileComplaint). */
  public static final String NAMED_STEP = "namedStep";
  /** 答复批前公示意见, one answer per objection numbered as listed (Form_ReviewApplication). */
  public static final String OBJECTION_ANSWERS = "objectionAnswers";
  /** 发生日期 (Form_FileComplaint). */
  public static final String OCCURRED_ON = "occurredOn";
  /** 情况说明 (Form_GiveStatement). */
  public static final String OFFICER_STATEMENT = "officerStatement";
  /** 处理理由（含对陈述申辩的采纳情况） (Form_DecideWrongApproval). */
  public static final String OUTCOME_REASONS = "outcomeReasons";
  /** 本方勘验情况 (Form_FileSurveyFindings). */
  public static final String PARTICIPANT_FINDINGS = "participantFindings";
  /** 本方勘验意见 (Form_FileSurveyFindings). */
  public static final String PARTICIPANT_OPINION = "participantOpinion";
  /** 申请人已签署《容缺受理承诺书》 (Form_AcceptApplication). */
  public static final String PLEDGE_SIGNED = "pledgeSigned";
  /** 经营场所或项目地址 (8 forms). */
  public static final String PREMISES_ADDRESS = "premisesAddress";
  /** 拟作出的处理（写入告知书） (Form_InvestigateWrongApproval). */
  public static final String PROPOSED_OUTCOME = "proposedOutcome";
  /** 申请人在回访中作出评价 (Form_FollowUpApplicant). */
  public static final String RATING_GIVEN = "ratingGiven";
  /** 评价等级 (Form_FollowUpApplicant). */
  public static final String RATING_GRADE = "ratingGrade";
  /** 评价理由（不满意、非常不满意必填） (Form_FollowUpApplicant). */
  public static final String RATING_REASON = "ratingReason";
  /** 签收意见（可选） (Form_ReceiveWrongApprovalAnswer). */
  public static final String RECEIPT_NOTE = "receiptNote";
  /** 重新受理审查意见 (Form_RecheckIntake). */
  public static final String RECHECK_OPINION = "recheckOpinion";
  /** 整改要求 (Form_InvestigateComplaint). */
  public static final String RECTIFICATION = "rectification";
  /** 整改期限 (Form_RecordSurveyFindings). */
  public static final String RECTIFICATION_DAYS = "rectificationDays";
  /** 整改期限 (Form_InvestigateComplaint). */
  public static final String RECTIFICATION_DUE = "rectificationDue";
  /** 整改措施及向申请人的反馈 (Form_RectifyBadRating). */
  public static final String RECTIFICATION_MEASURES = "rectificationMeasures";
  /** 整改要求 (Form_RecordSurveyFindings). */
  public static final String RECTIFICATION_REQUIREMENTS = "rectificationRequirements";
  /** 整改结果 (Form_RectifyBadRating). */
  public static final String RECTIFICATION_RESULT = "rectificationResult";
  /** 整改期限（工作日） (Form_VerifyCommitment). */
  public static final String RECTIFICATION_WORKING_DAYS = "rectificationWorkingDays";
  /** 监管部门文号（可选） (Form_ReportWrongApproval). */
  public static final String REGULATOR_REFERENCE = "regulatorReference";
  /** 错误审批的事实（发现的情况与证据） (Form_ReportWrongApproval). */
  public static final String REPORT_FACTS = "reportFacts";
  /** 认定错误审批的依据（法律、法规、规章条款） (Form_ReportWrongApproval). */
  public static final String REPORT_LEGAL_BASIS = "reportLegalBasis";
  /** 责任人 (Form_InvestigateComplaint). */
  public static final String RESPONSIBLE_OFFICERS = "responsibleOfficers";
  /** 责任环节 (Form_InvestigateComplaint). */
  public static final String RESPONSIBLE_STEP = "responsibleStep";
  /** 退回理由 (2 forms). */
  public static final String RETURN_REASON = "returnReason";
  /** 复查情况 (Form_ReverifyCommitment). */
  public static final String REVERIFICATION_FINDINGS = "reverificationFindings";
  /** 复查结果 (Form_ReverifyCommitment). */
  public static final String REVERIFICATION_RESULT = "reverificationResult";
  /** 办理 (Form_ReviewApplication). */
  public static final String REVIEW_ACTION = "reviewAction";
  /** 审查意见 (Form_ReviewApplication). */
  public static final String REVIEW_OPINION = "reviewOpinion";
  /** 审查建议 (Form_ReviewApplication). */
  public static final String REVIEW_RECOMMENDATION = "reviewRecommendation";
  /** 复核结论 (Form_ReviewComplaint). */
  public static final String REVIEW_RESULT = "reviewResult";
  /** 局长意见 (Form_ApproveRevocation). */
  public static final String REVOCATION_APPROVED = "revocationApproved";
  /** 决定 (Form_DecideRevocation). */
  public static final String REVOCATION_DECISION = "revocationDecision";
  /** 理由（对陈述申辩的采纳情况） (Form_DecideRevocation). */
  public static final String REVOCATION_OPINION = "revocationOpinion";
  /** 已签收，纳入监管 (2 forms). */
  public static final String SIGNED_FOR = "signedFor";
  /** 签收意见 (Form_SignForDecision). */
  public static final String SIGN_FOR_NOTE = "signForNote";
  /** 已书面告知申请人特别程序及所需时间（行政许可法第四十五条） (Form_ReviewApplication). */
  public static final String SPECIAL_NOTICE_GIVEN = "specialNoticeGiven";
  /** 特别程序 (Form_ReviewApplication). */
  public static final String SPECIAL_PROCEDURE = "specialProcedure";
  /** 特别程序结果 (Form_SpecialProcedure). */
  public static final String SPECIAL_PROCEDURE_RESULT = "specialProcedureResult";
  /** 审核结论 (Form_CheckSupplements). */
  public static final String SUPPLEMENTS_CHECKED = "supplementsChecked";
  /** 审核意见 / 不符合要求之处 (Form_CheckSupplements). */
  public static final String SUPPLEMENTS_OPINION = "supplementsOpinion";
  /** 补齐期限（工作日，不超过承诺时限） (Form_AcceptApplication). */
  public static final String SUPPLEMENT_WORKING_DAYS = "supplementWorkingDays";
  /** surveyDate (Form_ScheduleSurvey). */
  public static final String SURVEY_DATE = "surveyDate";
  /** 聘请专家姓名 (Form_ScheduleSurvey). */
  public static final String SURVEY_EXPERTS = "surveyExperts";
  /** 参加勘验的部门和专家 (Form_ScheduleSurvey). */
  public static final String SURVEY_PARTICIPANTS = "surveyParticipants";
  /** 需要联合现场勘验（本事项的勘验由窗口视情况申请） (Form_AcceptApplication). */
  public static final String SURVEY_REQUESTED = "surveyRequested";
  /** 勘验结论（统一回复） (Form_RecordSurveyFindings). */
  public static final String SURVEY_RESULT = "surveyResult";
  /** 现场勘验人员 (Form_RecordSurveyFindings). */
  public static final String SURVEY_STAFF = "surveyStaff";
  /** 紧急（涉及的办件即将超期等，需立即催办） (Form_FileComplaint). */
  public static final String URGENT = "urgent";
  /** 催办涉及办件的在办环节（紧急投诉） (Form_RegisterComplaint). */
  public static final String URGE_CASE = "urgeCase";
  /** 催办意见 (Form_RegisterComplaint). */
  public static final String URGE_NOTE = "urgeNote";
  /** 核查情况（事实与依据） (Form_VerifyCommitment). */
  public static final String VERIFICATION_FINDINGS = "verificationFindings";
  /** 核查结果 (Form_VerifyCommitment). */
  public static final String VERIFICATION_RESULT = "verificationResult";
  /** 处理决定 (Form_DecideWrongApproval). */
  public static final String WRONG_APPROVAL_OUTCOME = "wrongApprovalOutcome";
  public static final String CHANGE_OPINION = "changeOpinion";

  private FormFields() {}
}
