package cn.gov.oneseal.feedback;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.process.ProcessKeys;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * 错误审批反馈 ({@value #PROCESS}, Licensing Law art. 69): a regulator reports a wrong approval —
 * in Tasklist (start form) or from its system (message {@code Msg_WrongApprovalReported}) — for a
 * case of an item it supervises that has a licence; the bureau investigates; if founded, the licensee
 * is told the facts and may respond within the response period; the decision (revoke, change, cancel
 * or keep the licence) is due within the decision period of the report, once extensible by the bureau
 * head; the register and the licensee's decision notice follow; the answer is recorded and goes to
 * the regulator (its Tasklist and its system). The periods are {@link WrongApprovalProperties}.
 *
 * <p>Each step has its listener, bound by bean name in the model: the report
 * ({@link WrongApprovalReportedInTasklistListener}, {@link WrongApprovalReportedBySystemListener}), the
 * investigation ({@link InvestigateWrongApprovalListener}), the licensee's response
 * ({@link WrongApprovalResponseReceivedListener}, {@link WrongApprovalResponsePeriodEndedListener}), the decision
 * ({@link WrongApprovalDecisionDueListener}, {@link DecideWrongApprovalListener},
 * {@link ApproveFeedbackExtensionListener}) and the regulator's receipt
 * ({@link ReceiveWrongApprovalAnswerListener}); 回避 is {@link WrongApprovalRecusal}.
 */
public final class WrongApprovalFeedback {

  public static final String PROCESS = ProcessKeys.WRONG_APPROVAL_FEEDBACK;
  public static final String REPORT_ID = "reportId";

  private WrongApprovalFeedback() {
  }

  /** The report this process instance handles. */
  static long reportId(VariableScope scope) {
    return ((Number) scope.getVariable(REPORT_ID)).longValue();
  }

  static String chineseDate(Date date) {
    return NoticeService.CHINESE_DATE.format(WorkingDayCalendar.dayOf(date));
  }

  /** A label map in the order of the form's options. */
  static Map<String, String> ordered(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
