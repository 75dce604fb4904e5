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
    try (var pdf = Loader.loadPDF(notices.content(caseNumber, notice.id()).orElseThrow())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
    }
  }
}
