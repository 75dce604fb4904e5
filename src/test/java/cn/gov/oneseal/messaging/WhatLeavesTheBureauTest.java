package cn.gov.oneseal.messaging;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.api.ClientRateLimit;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.outbox.Outbox;
import cn.gov.oneseal.outbox.OutboxMessage;
import cn.gov.oneseal.outbox.OutboxMessages;
import cn.gov.oneseal.province.ProvincePlatform;
import cn.gov.oneseal.publication.CreditPlatformChannel;
import cn.gov.oneseal.publication.Publication;
import cn.gov.oneseal.publication.Publications;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.StubHttpReceiver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue #23's done-when, tried as a new user would: a food case granted to a person reaches the applicant's inbox
 * (GreenMail, started by the test) with the sealed decision attached and a text line in the demo's log, appears on
 * the public 双公示 list with the ID masked and is pushed to the (demo) credit platform within its limit, and is
 * acknowledged at each milestone by the (demo) provincial platform; then, with every receiver down while a case is
 * decided and back an hour of engine clock later, every message arrives exactly once.
 */
@ExtendWith(OutputCaptureExtension.class)
class WhatLeavesTheBureauTest extends CaseTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withPerMethodLifecycle(false);

  static final String MOBILE = "13912345678";
  static final String RESIDENT_ID = "110105198808080015";

  @Autowired JavaMailSenderImpl mailSender;
  @Autowired SmsProperties sms;
  @Autowired CreditPlatformChannel credit;
  @Autowired ProvincePlatform province;
  @Autowired OutboxMessages messages;
  @Autowired Publications publications;
  @Autowired NoticeService notices;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired @Qualifier("publicationListRateLimit") ClientRateLimit listLimit;

  String creditUrl;

  @BeforeEach
  void theDemosReceivers() {
    listLimit.clear();
    mailSender.setPort(SMTP.getSmtp().getPort());
    sms.setProvider(SmsProperties.Provider.LOG);
    creditUrl = "http://localhost:" + rest.getRootUri().replaceAll(".*:(\\d+).*", "$1")
        + "/demo/credit-platform/publications";
    credit.pointAt(creditUrl);
    province.pointAt(null);
  }

  @AfterEach
  void noReceivers() {
    mailSender.setPort(1);
    sms.setProvider(SmsProperties.Provider.LOG);
    sms.getAliyun().setEndpoint("https://dysmsapi.aliyuncs.com/");
    province.pointAt(null);
  }

  /** A food case of a natural person with a mobile number and an e-mail address, granted and delivered. */
  String grantedAndDelivered(String name, String email) {
    Map<String, Object> form = new HashMap<>(Applications.food());
    form.put("applicantName", name);
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", RESIDENT_ID);
    form.put("contactPhone", MOBILE);
    form.put("contactEmail", email);
    String caseNumber = officers.register("window1", "FoodBusinessLicence", form).getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication", Map.of("decision", "grant",
        "decisionOpinion", "准予"));
    officers.issueElectronicLicences(caseNumber);
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "POST",
        "delivered", true));
    return caseNumber;
  }

  /** Runs the due attempts of the case's messages, as the job executor would (the tests run none). */
  void sendDue(String caseNumber) {
    List<Long> ofCase = messages.ofCase(caseNumber).stream().map(OutboxMessage::id).toList();
    for (Job job : engine.getManagementService().createJobQuery().executable().list()) {
      if (job instanceof JobEntity entity && Outbox.JOB_TYPE.equals(entity.getJobHandlerType())
          && ofCase.contains(Long.parseLong(entity.getJobHandlerConfigurationRaw()))) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
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

  static byte[] attachment(MimeMessage mail, String fileName) throws Exception {
    Multipart parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (fileName.equals(part.getFileName())) {
        return part.getInputStream().readAllBytes();
      }
    }
    return null;
  }

  List<OutboxMessage> of(String caseNumber, String channel) {
    return messages.ofCase(caseNumber).stream().filter(m -> m.channel().equals(channel)).toList();
  }

  @Test
  void aFoodCaseGrantedInTheDemoReachesTheApplicantThePublicListAndTheProvince(CapturedOutput output)
      throws Exception {
    ClockUtil.setCurrentTime(shanghai(2026, 4, 13, 9, 0, 0));
    String address = "chenjing." + System.nanoTime() + "@example.cn";
    String caseNumber = grantedAndDelivered("陈静", address);
    sendDue(caseNumber);

    Notice grant = notices.ofCase(caseNumber).stream().filter(n -> n.kind() == NoticeKind.GRANT).findFirst()
        .orElseThrow();
    MimeMessage decision = inboxOf(address).stream().filter(m -> {
      try {
        return m.getSubject().contains("准予行政许可决定书");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    assertThat(attachment(decision, grant.fileName())).as("the sealed decision, as stored")
        .isEqualTo(notices.content(caseNumber, grant.id()).orElseThrow());
    assertThat(inboxOf(address)).as("one e-mail per document").hasSameSizeAs(of(caseNumber, "EMAIL"));
    assertThat(output.getOut()).contains("短信 → 139****5678").contains("您的办件" + caseNumber
        + "已出具《准予行政许可决定书》，请于").contains("前领取许可证件。");

    JsonNode listed = json.readTree(rest.getForEntity("/api/v1/public/publications?name=陈静", String.class)
        .getBody());
    assertThat(listed.toString()).contains(caseNumber).contains("110105********0015").doesNotContain(RESIDENT_ID);
    Publication published = publications.ofCase(caseNumber).get(0);
    assertThat(published.pushedAt()).as("pushed to the credit platform").isNotNull();
    assertThat(published.pushedAt()).as("within its 7-working-day limit").isBefore(published.dueAt());

    assertThat(jdbc.queryForList("select milestone, state from province_report where case_number = ?",
        caseNumber)).hasSize(4).allSatisfy(row -> assertThat(row.get("STATE")).isEqualTo("ACKNOWLEDGED"));
    assertThat(messages.ofCase(caseNumber)).extracting(OutboxMessage::state).containsOnly(OutboxMessage.State.SENT);
  }

  @Test
  void everyReceiverDownForAnHourGetsEveryMessageExactlyOnceWhenBack() throws Exception {
    Map<String, Integer> texts = new ConcurrentHashMap<>();
    Map<String, Integer> pushes = new ConcurrentHashMap<>();
    Map<String, Integer> reports = new ConcurrentHashMap<>();
    AtomicLong acks = new AtomicLong();
    try (StubHttpReceiver smsProvider = new StubHttpReceiver(r -> {
      texts.merge(StubHttpReceiver.queryOf(r.uri()).get("OutId"), 1, Integer::sum);
      return new StubHttpReceiver.Answer(200, "{\"Code\":\"OK\",\"Message\":\"OK\"}");
    });
        StubHttpReceiver creditPlatform = new StubHttpReceiver(r -> {
          pushes.merge(r.idempotencyKey(), 1, Integer::sum);
          return new StubHttpReceiver.Answer(200, "{\"accepted\":true}");
        });
        StubHttpReceiver provincePlatform = new StubHttpReceiver(r -> {
          reports.merge(r.idempotencyKey(), 1, Integer::sum);
          return new StubHttpReceiver.Answer(200, "{\"acknowledged\":true,\"ackId\":\"ACK-" + acks.incrementAndGet()
              + "\"}");
        })) {
      sms.setProvider(SmsProperties.Provider.ALIYUN);
      sms.getAliyun().setEndpoint(smsProvider.url());
      sms.getAliyun().setAccessKeyId("stub");
      sms.getAliyun().setAccessKeySecret("stub");
      sms.getAliyun().setTemplateNotice("SMS_1");
      sms.getAliyun().setTemplateNoticeDue("SMS_2");
      credit.pointAt(creditPlatform.url() + "publications");
      province.pointAt(provincePlatform.url() + "province");
      for (StubHttpReceiver receiver : List.of(smsProvider, creditPlatform, provincePlatform)) {
        receiver.down();
      }
      mailSender.setPort(1);

      Date start = shanghai(2026, 4, 14, 9, 0, 0);
      ClockUtil.setCurrentTime(start);
      String address = "wangfang." + System.nanoTime() + "@example.cn";
      String caseNumber = grantedAndDelivered("王芳", address);
      for (int minute = 0; minute <= 180; minute++) {
        ClockUtil.setCurrentTime(new Date(start.getTime() + minute * 60_000L));
        if (minute == 60) {
          assertThat(messages.ofCase(caseNumber)).as("nothing got through while every receiver was down")
              .extracting(OutboxMessage::state).containsOnly(OutboxMessage.State.PENDING);
          for (StubHttpReceiver receiver : List.of(smsProvider, creditPlatform, provincePlatform)) {
            receiver.up();
          }
          mailSender.setPort(SMTP.getSmtp().getPort());
        }
        sendDue(caseNumber);
      }

      List<OutboxMessage> sent = messages.ofCase(caseNumber);
      assertThat(sent).extracting(OutboxMessage::state).containsOnly(OutboxMessage.State.SENT);
      assertThat(sent).extracting(OutboxMessage::channel).contains("EMAIL", "SMS", "CREDIT", "PROVINCE");
      for (OutboxMessage message : sent) {
        Map<String, Integer> received = switch (message.channel()) {
          case "SMS" -> texts;
          case "CREDIT" -> pushes;
          case "PROVINCE" -> reports;
          default -> null;
        };
        if (received != null) {
          assertThat(received.get(message.key())).as(message.key() + " received once").isEqualTo(1);
        }
      }
      List<MimeMessage> inbox = inboxOf(address);
      assertThat(inbox).as("each e-mail once").hasSameSizeAs(of(caseNumber, "EMAIL"));
      assertThat(inbox.stream().map(m -> {
        try {
          return m.getMessageID();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).distinct()).hasSameSizeAs(inbox);
      assertThat(jdbc.queryForList("select state from province_report where case_number = ?", caseNumber))
          .hasSize(4).allSatisfy(row -> assertThat(row.get("STATE")).isEqualTo("ACKNOWLEDGED"));
      assertThat(publications.ofCase(caseNumber).get(0).pushedAt()).isNotNull();
    } finally {
      credit.pointAt(creditUrl);
    }
  }
}
