package cn.gov.oneseal.messaging;

import cn.gov.oneseal.complaint.Complaint;
import cn.gov.oneseal.complaint.ComplaintNews;
import cn.gov.oneseal.outbox.Outbox;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a complainant what became of their complaint — received (with the query code when the window took it),
 * answered, reviewed — by text to a mainland mobile number and by e-mail, whichever they left, through the outbox in
 * the step's transaction. Keys: OneSeal-&lt;complaint&gt;-&lt;FILED|ANSWERED|REVIEWED&gt;-SMS and -EMAIL. An anonymous
 * complainant without a contact reads the answer in the online hall only. The messages name no case: the case's
 * 通知记录, which its officers read, does not show them.
 */
@Component
class ComplaintMessages {

  private final SmsProperties properties;
  private final Outbox outbox;
  private final ObjectMapper json;

  ComplaintMessages(SmsProperties properties, Outbox outbox, ObjectMapper json) {
    this.properties = properties;
    this.outbox = outbox;
    this.json = json;
  }

  @EventListener
  void told(ComplaintNews news) throws JsonProcessingException {
    Complaint complaint = news.complaint();
    String phone = ApplicantTexts.mobile(complaint.contactPhone());
    if (phone != null) {
      SmsText text = SmsText.complaint(complaint.number(), news.progress());
      outbox.enqueue(new Outbox.Message(news.key() + "-" + ApplicantTexts.CHANNEL, ApplicantTexts.CHANNEL,
          null, phone, json.writeValueAsString(text.parameters()),
          text.text(properties.getSignName()), null));
    }
    if (complaint.contactEmail() != null) {
      outbox.enqueue(new Outbox.Message(news.key() + "-" + ApplicantEmails.CHANNEL, ApplicantEmails.CHANNEL,
          null, complaint.contactEmail(), "投诉" + switch (news.kind()) {
            case FILED -> "已收到";
            case ANSWERED -> "答复";
            case REVIEWED -> "答复复核结果";
          } + "（投诉编号 " + complaint.number() + "）", news.text(), null));
    }
  }
}
