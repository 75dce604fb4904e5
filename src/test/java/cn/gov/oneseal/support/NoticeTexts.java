package cn.gov.oneseal.support;

import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeKind;
import cn.gov.oneseal.notice.NoticeService;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a case's notice says, as its PDF's text layer reads, without white space. */
public final class NoticeTexts {

  private NoticeTexts() {}

  public static String of(NoticeService notices, String caseNumber, NoticeKind kind) throws IOException {
    Notice notice = notices.ofCase(caseNumber).stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    return text(notices, notice);
  }

  /** The case's latest notice, whatever its kind. */
  public static String latest(NoticeService notices, String caseNumber) throws IOException {
    var all = notices.ofCase(caseNumber);
    return text(notices, all.get(all.size() - 1));
  }

  private static String text(NoticeService notices, Notice notice) throws IOException {
    try (var pdf = Loader.loadPDF(notices.content(notice.caseNumber(), notice.id()).orElseThrow())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
  }
}
