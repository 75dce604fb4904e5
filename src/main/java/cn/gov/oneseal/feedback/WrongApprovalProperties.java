package cn.gov.oneseal.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.wrong-approval}: the periods of the wrong-approval procedure, in working days.
 * The defaults follow 《市场监督管理行政许可程序暂行规定》 (总局令第16号) arts. 42–47: the licensee has 5
 * days to respond, the decision falls within 60 days of the discovery, extendable once by 20 with the
 * head's approval — and its art. 77 counts those days as working days ("本规定规定的期限以工作日计算，不含法定
 * 节假日"), as the Licensing Law does for its own periods (art. 82). The investigation's share of the
 * 60 days is the bureau's choice.
 *
 * @param decisionWorkingDays from the report to the decision
 * @param extensionWorkingDays one extension, approved by the bureau head
 * @param responseWorkingDays the licensee's 陈述申辩 after the notice
 * @param investigationWorkingDays the investigation's due date (at most the decision's)
 */
@ConfigurationProperties("oneseal.wrong-approval")
public record WrongApprovalProperties(Integer decisionWorkingDays, Integer extensionWorkingDays,
    Integer responseWorkingDays, Integer investigationWorkingDays) {

  public WrongApprovalProperties {
    decisionWorkingDays = decisionWorkingDays == null ? 60 : decisionWorkingDays;
    extensionWorkingDays = extensionWorkingDays == null ? 20 : extensionWorkingDays;
    responseWorkingDays = responseWorkingDays == null ? 5 : responseWorkingDays;
    investigationWorkingDays = investigationWorkingDays == null ? 20 : investigationWorkingDays;
  }
}
