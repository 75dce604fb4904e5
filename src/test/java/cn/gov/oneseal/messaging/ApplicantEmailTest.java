package cn.gov.oneseal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.outbox.Outbox;
import cn.gov.oneseal.outbox.OutboxMessage;
import cn.gov.oneseal.outbox.OutboxMessages;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The applicant told by e-mail, against a real SMTP server started by the test (GreenMail): each document issued to
 * an applicant whose case has an e-mail address arrives in their inbox with the sealed PDF attached, as stored, under
 * the message's key as Message-ID; a case without an address sends nothing; a malformed address is refused at
 * registration.
 */
class ApplicantEmailTest extends CaseTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(false);

  @Autowired OutboxMessages messages;
  @Autowired NoticeService notices;
  @Autowired JavaMailSenderImpl mailSender;

  /** The shared application's sender pointed at this test's server (the tests' configuration has none). */
  @BeforeEach
  void toTheTestsMailServer() {
    mailSender.setPort(SMTP.getSmtp().getPort());
  }

  @AfterEach
  void noMailServer() {
    mailSender.setPort(1);
  }

  int sendDue() {
    int sent = 0;
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (Outbox.JOB_TYPE.equals(((JobEntity) job).getJobHandlerType())) {
        engine.getManagementService().executeJob(job.getId());
        sent++;
      }
    }
    return sent;
  }

  List<MimeMessage> inboxOf(String address) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void eachNoticeArrivesWithTheSealedPdfAttachedAsStoredOnce() throws Exception {
    String address = "linxiao." + System.nanoTime() + "@example.cn";
    Map<String, Object> form = new HashMap<>(Applications.food());
    form.put("contactEmail", address);
    String caseNumber = officers.register("window1", form).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    assertThat(inboxOf(address)).as("nothing before the outbox's jobs run").isEmpty();

    sendDue();
    sendDue();

    List<Notice> issued = notices.ofCase(caseNumber);
    assertThat(issued).extracting(Notice::kind).contains(NoticeKind.RECEIPT, NoticeKind.ACCEPTANCE);
    List<MimeMessage> inbox = inboxOf(address);
    assertThat(inbox).hasSize(issued.size());
    for (Notice notice : issued) {
      MimeMessage mail = inbox.stream().filter(m -> {
        try {
          return m.getSubject().contains(notice.title());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).findFirst().orElseThrow();
      assertThat(mail.getSubject()).contains(caseNumber);
      assertThat(mail.getMessageID()).isEqualTo("<OneSeal-" + caseNumber + "-EMAIL-" + notice.id() + "@oneseal>");
      Multipart parts = (Multipart) mail.getContent();
      String text = null;
      byte[] attached = null;
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (notice.fileName().equals(part.getFileName())) {
          attached = part.getInputStream().readAllBytes();
        } else if (part.getContent() instanceof Multipart inner) {
          text = inner.getBodyPart(0).getContent().toString();
        } else {
          text = part.getContent().toString();
        }
      }
      assertThat(attached).as("the sealed PDF as stored").isEqualTo(notices.content(caseNumber, notice.id())
          .orElseThrow());
      assertThat(text).contains(caseNumber, notice.documentNumber(), "查验地址");
    }
    assertThat(messages.ofCase(caseNumber)).filteredOn(m -> ApplicantEmails.CHANNEL.equals(m.channel()))
        .extracting(OutboxMessage::state).containsOnly(OutboxMessage.State.SENT);

    assertThat(sendDue()).as("nothing sent twice").isZero();
    assertThat(inboxOf(address)).hasSize(issued.size());
  }

  @Test
  void aCaseWithoutAnAddressSendsNoEmail() {
    String caseNumber = officers.register("window1", Applications.food()).getBusinessKey();

    assertThat(messages.ofCase(caseNumber)).filteredOn(m -> ApplicantEmails.CHANNEL.equals(m.channel())).isEmpty();
  }

  @Test
  void aMalformedAddressIsRefusedAtRegistrationWithAFieldMessage() {
    Map<String, Object> form = new HashMap<>(Applications.food());
    form.put("contactEmail", "linxiao@");

    assertThatThrownBy(() -> officers.register("window1", form)).hasMessageContaining("电子邮箱格式不正确");
  }
}
