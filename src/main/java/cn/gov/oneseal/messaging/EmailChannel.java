package cn.gov.oneseal.messaging;

import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.outbox.OutboundChannel;
import cn.gov.oneseal.outbox.OutboxMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The outbox's e-mail channel: SMTP through Spring Boot's mail support ({@code spring.mail.host}, {@code port},
 * {@code username}, {@code password}, {@code properties.*}), from {@code oneseal.mail.from}. The message's key is the
 * e-mail's Message-ID (&lt;key@oneseal&gt;) and its header X-OneSeal-Key, the same on every attempt, so that a mail
 * system or client that keeps one message per Message-ID keeps a resent one once. The attached document is the
 * stored sealed file, as issued. Without a mail server configured every attempt fails with a message saying so.
 */
@Component
class EmailChannel implements OutboundChannel {

  private final ObjectProvider<JavaMailSenderImpl> sender;
  private final NoticeService notices;
  private final String from;

  EmailChannel(ObjectProvider<JavaMailSenderImpl> sender, NoticeService notices,
      @Value("${oneseal.mail.from:noreply@oneseal.example.cn}") String from) {
    this.sender = sender;
    this.notices = notices;
    this.from = from;
  }

  @Override
  public String name() {
    return ApplicantEmails.CHANNEL;
  }

  @Override
  public void send(OutboxMessage message) throws DeliveryFailure {
    JavaMailSenderImpl mail = sender.getIfAvailable();
    if (mail == null) {
      throw new DeliveryFailure("未配置邮件服务器（spring.mail.host），邮件未发送");
    }
    String messageId = "<" + message.key() + "@oneseal>";
    MimeMessage mime = new MimeMessage(mail.getSession()) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    try {
      MimeMessageHelper helper = new MimeMessageHelper(mime, message.attachmentId() != null, "UTF-8");
      helper.setFrom(from);
      helper.setTo(message.recipient());
      helper.setSubject(message.subject() == null ? "" : message.subject());
      helper.setText(message.body());
      mime.setHeader("X-OneSeal-Key", message.key());
      if (message.attachmentId() != null) {
        Map.Entry<Notice, byte[]> document = notices.find(message.caseNumber(), message.attachmentId())
            .orElseThrow(() -> new DeliveryFailure("附件（文书 " + message.attachmentId() + "）不存在"));
        helper.addAttachment(document.getKey().fileName(), new ByteArrayResource(document.getValue()),
            "application/pdf");
      }
    } catch (MessagingException e) {
      throw new DeliveryFailure("邮件无法生成：" + e.getMessage(), e);
    }
    try {
      mail.send(mime);
    } catch (MailException e) {
      throw new DeliveryFailure("邮件服务器未接收邮件：" + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? "无详细原因" : root.getMessage();
  }
}
