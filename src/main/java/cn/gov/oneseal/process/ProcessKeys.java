package cn.gov.oneseal.process;

/**
 * The keys of the bureau's shared processes: the stages an item's model calls, and the processes the system starts
 * (an item's own process key is its catalogue code). {@code ProcessVocabularyTest} checks every model against them;
 * each stage an item's model calls has its contract in {@link StageContracts} and its Modeler element template in
 * {@code processes/.camunda/element-templates/}.
 */
public final class ProcessKeys {

  /** 受理: the window's intake decision, corrections, the five-working-day rule. */
  public static final String INTAKE = "Stage_Intake";
  /** 联合现场勘验: whether a survey is needed (Decision_SurveyRequired), then the rounds. */
  public static final String SITE_SURVEY = "Stage_SiteSurvey";
  /** 审查: the review, its special procedures (clock stopped) and the extension, looping back to the review. */
  public static final String REVIEW = "Stage_Review";
  /** 容缺补正: started at a 容缺 acceptance, waits for the supplements. */
  public static final String SUPPLEMENTS = "Stage_Supplements";
  /** 决定. */
  public static final String DECISION = "Stage_Decision";
  /** 告知承诺决定: the decider grants on the signed commitment the same working day. */
  public static final String COMMITMENT_DECISION = "Stage_CommitmentDecision";
  /** 当场受理并决定 (即办件): the window accepts, decides and hands over in one task. */
  public static final String ON_THE_SPOT_DECISION = "Stage_OnTheSpotDecision";
  /** 报送上级机关决定 (上报件): forwarded to the higher organ, waits for its decision. */
  public static final String HIGHER_ORGAN_DECISION = "Stage_HigherOrganDecision";
  /** 部门并联会签 (联办件): the departments' parallel opinions, collected. */
  public static final String JOINT_OPINIONS = "Stage_JointOpinions";
  /** 制证送达: a 容缺 grant held until the supplements are accepted, then the licence or the denial delivered. */
  public static final String DELIVERY = "Stage_Delivery";
  /** 推送监管: follow-up call and the regulator's sign-for. */
  public static final String DISPATCH = "Stage_Dispatch";
  /** 告知承诺核查与撤销. */
  public static final String COMMITMENT_VERIFICATION = "Commitment_Verification";
  /** 推送监管部门业务系统. */
  public static final String NOTIFY_REGULATOR = "Integration_NotifyRegulator";
  /** 电子监察督办 (one per card). */
  public static final String HANDLE_CARD = "Supervision_HandleCard";
  /** 办结回访. */
  public static final String FOLLOW_UP = "Supervision_FollowUp";
  /** 差评整改. */
  public static final String BAD_RATING_RECTIFICATION = "Supervision_BadRatingRectification";
  /** 错误审批反馈处理. */
  public static final String WRONG_APPROVAL_FEEDBACK = "Supervision_WrongApprovalFeedback";
  /** 投诉处理: a complaint registered, investigated, answered, and reviewed when not accepted (complaint/). */
  public static final String COMPLAINT = "Supervision_Complaint";

  /** 征求意见: one consultee's opinion on a review or decision, with a deadline (逾期未回复 when it passes). */
  public static final String CONSULTATION = "Consultation_Opinion";

  /** 模型变更审批: an analyst's change from Modeler, tried, approved by the bureau head, deployed, cases migrated. */
  public static final String MODEL_CHANGE = "Governance_ModelChange";

  /** Decision tables. */
  public static final String DECISION_SURVEY_REQUIRED = "Decision_SurveyRequired";
  public static final String DECISION_APPLICATION_PATH = "Decision_ApplicationPath";

  private ProcessKeys() {}
}
