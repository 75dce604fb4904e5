package cn.gov.oneseal.messaging;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeIssued;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a text message in the outbox for every document issued to an applicant whose case has a mainland mobile number
 * and who has not turned text messages off, in the issuing step's transaction ({@link SmsText}: the case number, the
 * document, what to do by when). The OFD licence is not announced (its PDF is). The outbox keeps the text as the
 * message's body and the template's parameters (JSON) as its subject. Key: OneSeal-&lt;case&gt;-SMS-&lt;document id&gt;.
 */
@Component
class ApplicantTexts {

  static final String CHANNEL = Channel.SMS.name();
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private final CaseFiles caseFiles;
  private final ContactPreferences preferences;
  private final SmsProperties properties;
  private final Outbox outbox;
  private final ObjectMapper json;

  ApplicantTexts(CaseFiles caseFiles, ContactPreferences preferences, SmsProperties properties, Outbox outbox,
      ObjectMapper json) {
    this.caseFiles = caseFiles;
    this.preferences = preferences;
    this.properties = properties;
    this.outbox = outbox;
    this.json = json;
  }

  /** The number a text can go to (spaces and hyphens dropped, +86 or 86 before it allowed), or null. */
  static String mobile(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[\\s-]", "").replaceFirst("^(\\+?86)(?=1\\d{10}$)", "");
    return MOBILE.matcher(digits).matches() ? digits : null;
  }

  @EventListener
  void issued(NoticeIssued event) throws JsonProcessingException {
    Notice notice = event.notice();
    if (notice.kind() == NoticeKind.LICENCE_OFD || !preferences.wants(notice.caseNumber(), Channel.SMS)) {
      return;
    }
    String phone = mobile(caseFiles.get(notice.caseNumber()).contactPhone());
    if (phone == null) {
      return;
    }
    SmsText text = SmsText.of(notice.caseNumber(), notice.kind(), notice.title(), event.actBy());
    outbox.enqueue(new Outbox.Message("OneSeal-" + notice.caseNumber() + "-" + CHANNEL + "-" + notice.id(), CHANNEL,
        notice.caseNumber(), phone, json.writeValueAsString(text.parameters()), text.text(properties.getSignName()),
        null));
  }
}
