package cn.gov.oneseal.messaging;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeIssued;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts an e-mail in the outbox for every document issued to an applicant whose case has an e-mail address, in the
 * issuing step's transaction, unless the applicant turned e-mail off ({@link ContactPreferences}): the document's title and case number as the subject, the sealed PDF attached, its
 * document number, verification code and address in the text. The OFD licence is not sent (the PDF licence is; the
 * OFD stays in the online hall). Key: OneSeal-&lt;case&gt;-EMAIL-&lt;document id&gt;.
 */
@Component
class ApplicantEmails {

  static final String CHANNEL = Channel.EMAIL.name();

  private final CaseFiles caseFiles;
  private final ContactPreferences preferences;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;
  private final Outbox outbox;
  private final String verificationUrl;

  ApplicantEmails(CaseFiles caseFiles, ContactPreferences preferences, ItemCatalogue catalogue, Bureaus bureaus,
      Outbox outbox, @Value("${oneseal.verification.base-url:http://localhost:8080/verify}") String verificationUrl) {
    this.caseFiles = caseFiles;
    this.preferences = preferences;
    this.catalogue = catalogue;
    this.bureaus = bureaus;
    this.outbox = outbox;
    this.verificationUrl = verificationUrl;
  }

  @EventListener
  void issued(NoticeIssued event) {
    Notice notice = event.notice();
    if (notice.kind() == NoticeKind.LICENCE_OFD || !preferences.wants(notice.caseNumber(), Channel.EMAIL)) {
      return;
    }
    caseFiles.contactEmail(notice.caseNumber()).ifPresent(email -> {
      CaseFile file = caseFiles.get(notice.caseNumber());
      String bureau = bureaus.of(file.bureauId()).name();
      String item = catalogue.get(file.itemCode(), file.catalogueVersion()).name();
      String document = "《" + notice.title() + "》";
      String body = file.applicantName() + "：\n\n" + bureau + "就您的办件（编号 " + notice.caseNumber() + "，事项："
          + item + "）向您送达" + document + "，见附件（加盖本局电子印章的 PDF 文件）。\n\n"
          + (notice.documentNumber() == null ? "" : "文件编号：" + notice.documentNumber() + "　验证码："
          + event.verificationCode() + "\n查验地址：" + verificationUrl + "?n=" + notice.documentNumber() + "&c="
          + event.verificationCode() + "\n\n")
          + "本邮件由" + bureau + "行政审批系统自动发送，请勿直接回复。";
      outbox.enqueue(new Outbox.Message("OneSeal-" + notice.caseNumber() + "-" + CHANNEL + "-" + notice.id(), CHANNEL,
          notice.caseNumber(), email, bureau + "：" + notice.title() + "（办件编号 " + notice.caseNumber() + "）", body,
          notice.id()));
    });
  }
}
