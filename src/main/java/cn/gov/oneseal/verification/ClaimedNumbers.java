package cn.gov.oneseal.verification;

import cn.gov.oneseal.notice.DocumentNumbers;
import cn.gov.oneseal.notice.NoticeKind;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Which issued document a file says it is: the document number printed on it (文件编号：…) in a PDF's text (its last
 * pages, where the seal lines are) or metadata, or in an OFD's XML; a document number in the file's name; or the name
 * a downloaded notice has ({@code <case number>-<KIND>.pdf}).
 */
final class ClaimedNumbers {

  private static final Pattern PRINTED = Pattern.compile("文件编号[：:]\\s*(" + DocumentNumbers.NUMBER.pattern() + ")");
  private static final Pattern DOWNLOAD_NAME = Pattern.compile("([0-9A-Z]{10,30})-([A-Z_]{4,30})(?:\\.(?:pdf|ofd))?",
      Pattern.CASE_INSENSITIVE);
  /** An OFD's XML read at most this far (a zip bomb stops here). */
  private static final int OFD_TEXT_LIMIT = 8 << 20;
  private static final int PDF_LAST_PAGES = 3;

  /** A case and kind named by a downloaded notice's file name. */
  record CaseAndKind(String caseNumber, NoticeKind kind) {}

  private ClaimedNumbers() {}

  static Set<String> inPdf(PDDocument document) {
    Set<String> numbers = new LinkedHashSet<>();
    try {
      PDDocumentInformation info = document.getDocumentInformation();
      for (String value : new String[] {info.getTitle(), info.getSubject(), info.getKeywords()}) {
        printed(value, numbers);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      int pages = document.getNumberOfPages();
      stripper.setStartPage(Math.max(1, pages - PDF_LAST_PAGES + 1));
      stripper.setEndPage(pages);
      printed(stripper.getText(document).replaceAll("\\s+", ""), numbers);
    } catch (Exception | StackOverflowError unreadable) {
      // a damaged page: what was read counts
    }
    return numbers;
  }

  /** The numbers printed in an unpacked OFD's XML (read at most {@link #OFD_TEXT_LIMIT} bytes of it). */
  static Set<String> inOfd(OfdPackage ofd) {
    Set<String> numbers = new LinkedHashSet<>();
    int budget = OFD_TEXT_LIMIT;
    for (Map.Entry<String, byte[]> file : ofd.files().entrySet()) {
      if (budget <= 0) {
        break;
      }
      if (file.getKey().toLowerCase(Locale.ROOT).endsWith(".xml")) {
        int length = Math.min(budget, file.getValue().length);
        budget -= length;
        printed(new String(file.getValue(), 0, length, StandardCharsets.UTF_8).replaceAll("<[^>]*>|\\s+", ""),
            numbers);
      }
    }
    return numbers;
  }

  static Set<String> inFileName(String fileName) {
    Set<String> numbers = new LinkedHashSet<>();
    if (fileName != null) {
      Matcher matcher = DocumentNumbers.NUMBER.matcher(fileName.toUpperCase());
      while (matcher.find()) {
        numbers.add(matcher.group());
      }
    }
    return numbers;
  }

  static Optional<CaseAndKind> downloadName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    String name = fileName.replaceAll("^.*[/\\\\]", "");
    Matcher matcher = DOWNLOAD_NAME.matcher(name);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CaseAndKind(matcher.group(1).toUpperCase(),
          NoticeKind.valueOf(matcher.group(2).toUpperCase())));
    } catch (IllegalArgumentException notAKind) {
      return Optional.empty();
    }
  }

  private static void printed(String text, Set<String> numbers) {
    if (text != null) {
      Matcher matcher = PRINTED.matcher(text);
      while (matcher.find()) {
        numbers.add(matcher.group(1));
      }
    }
  }
}
