package cn.gov.oneseal.complaint;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.complaints}: the complaint procedure's periods (working days, Asia/Shanghai) and choices.
 *
 * @param registrationWorkingDays e-supervision registers a complaint within this many working days (1)
 * @param answerWorkingDays the complainant is answered within this many working days of the registration (5)
 * @param extensionWorkingDays the one extension of the answer period, with reasons (5)
 * @param replyWorkingDays the complainant says whether they accept the answer within this (5); silence closes it
 * @param reviewWorkingDays the bureau head's review of an answer not accepted (5)
 * @param anonymousAllowed whether the bureau takes anonymous complaints (a contact for the answer stays optional)
 * @param measures the accountability measures an investigator may record (批评教育, 通报, 效能告诫, 移送纪检监察)
 * @param maxAttachments attachments a complaint may carry (5), PDF, JPEG or PNG
 */
@ConfigurationProperties("oneseal.complaints")
public record ComplaintProperties(Integer registrationWorkingDays, Integer answerWorkingDays,
    Integer extensionWorkingDays, Integer replyWorkingDays, Integer reviewWorkingDays, Boolean anonymousAllowed,
    List<String> measures, Integer maxAttachments) {

  public ComplaintProperties {
    registrationWorkingDays = registrationWorkingDays == null ? 1 : registrationWorkingDays;
    answerWorkingDays = answerWorkingDays == null ? 5 : answerWorkingDays;
    extensionWorkingDays = extensionWorkingDays == null ? 5 : extensionWorkingDays;
    replyWorkingDays = replyWorkingDays == null ? 5 : replyWorkingDays;
    reviewWorkingDays = reviewWorkingDays == null ? 5 : reviewWorkingDays;
    anonymousAllowed = anonymousAllowed != null && anonymousAllowed;
    measures = measures == null || measures.isEmpty() ? List.of("批评教育", "通报", "效能告诫", "移送纪检监察")
        : List.copyOf(measures);
    maxAttachments = maxAttachments == null ? 5 : maxAttachments;
  }
}
