package cn.gov.oneseal.notice;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.ProvisionalWording;
import cn.gov.oneseal.calendar.StatutoryHolidays;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.calendar.WorkingDayCalendar.Deadline;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Produces and keeps a case's written notices (书面凭证 and 决定书). Each is rendered from a template
 * file the bureau can edit ({@code oneseal.notices.templates}, default {@code classpath:notices/},
 * one {@code <KIND>.txt} each: the title line, then paragraphs with {@code {{name}}} placeholders),
 * carries the case number, the dates, the item and — for refusals — the reasons and remedies, and
 * ends with the bureau's seal line (行政审批专用章) and the line anyone verifies it by: its document number, its
 * verification code and the verification page's address ({@code oneseal.verification.base-url}, {@link DocumentNumbers}).
 * The PDF is stored with its SHA-256 ({@link NoticeStore}). A deadline is passed as a
 * {@link Deadline}: it is printed as a Chinese date, and a notice that prints a deadline running into a year whose
 * holiday notice is not loaded yet (so counted on the statutory holidays) ends with the explanation of the
 * template {@code PROVISIONAL.txt} — the case's own promised and statutory deadlines included.
 */
@Service
public class NoticeService {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final String PROVISIONAL = "PROVISIONAL.txt";
  /** Dates as the notices write them: 2026年3月2日. */
  public static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  /** The templates' dates by which a document asks the applicant to act (the first one a template prints counts). */
  private static final List<String> ACTION_DATES = List.of("correctionDue", "supplementDue", "rectificationDue",
      "responseDue", "deliveryDue");

  private final NoticeStore store;
  private final DocumentNumbers numbers;
  private final String verificationUrl;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final Bureaus bureaus;
  private final PdfWriter pdf;
  private final DocumentSealing sealing;
  private final ResourceLoader resources;
  private final String templates;
  private final WorkingDayCalendar calendar;

  public NoticeService(NoticeStore store, DocumentNumbers numbers, CaseFiles caseFiles, ItemCatalogue catalogue,
      Bureaus bureaus, PdfWriter pdf, DocumentSealing sealing, ResourceLoader resources,
      @Value("${oneseal.notices.templates:classpath:notices/}") String templates, WorkingDayCalendar calendar,
      @Value("${oneseal.verification.base-url:http://localhost:8080/verify}") String verificationUrl) {
    this.calendar = calendar;
    this.store = store;
    this.numbers = numbers;
    this.verificationUrl = verificationUrl;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.bureaus = bureaus;
    this.pdf = pdf;
    this.sealing = sealing;
    this.resources = resources;
    this.templates = templates.endsWith("/") ? templates : templates + "/";
  }

  /**
   * Renders, stores and returns the notice of a kind for a case, with extra values for its template: text, or a
   * {@link Deadline}.
   */
  public Notice issue(String caseNumber, NoticeKind kind, Map<String, ?> extra) {
    CaseFile file = caseFiles.get(caseNumber);
    ApprovalItem item = catalogue.get(file.itemCode(), file.catalogueVersion());
    Map<String, String> values = new HashMap<>();
    values.put("caseNumber", caseNumber);
    values.put("applicantName", file.applicantName());
    values.put("applicantId", file.applicantId());
    values.put("itemName", item.name());
    values.put("legalBasis", item.legalBasis());
    values.put("receivedDate", date(file.receivedAt()));
    values.put("acceptedDate", date(file.acceptedAt()));
    values.put("decidedDate", date(file.decidedAt()));
    values.put("promisedDue", date(file.promisedDue()));
    values.put("statutoryDue", date(file.statutoryDue()));
    values.put("reasons", nonNull(file.outcomeReasons()));
    values.put("remedies", nonNull(file.remedies()));
    values.put("licenceNumber", nonNull(file.licenceNumber()));
    values.put("validUntil", file.licenceValidUntil() == null ? "长期" : CHINESE_DATE.format(file.licenceValidUntil()));
    values.put("materials", String.join("、", caseFiles.materialNames(caseNumber)));
    List<String> lines = template(kind);
    Set<String> used = placeholders(lines);
    SortedSet<Integer> provisional = new TreeSet<>();
    LocalDate received = day(file.receivedAt());
    for (var due : List.of(Map.entry("promisedDue", nonNullTime(file.promisedDue())),
        Map.entry("statutoryDue", nonNullTime(file.statutoryDue())))) {
      if (used.contains(due.getKey()) && due.getValue().isPresent()) {
        provisional.addAll(calendar.provisionalYears(received, day(due.getValue().get())));
      }
    }
    extra.forEach((name, value) -> {
      if (value instanceof Deadline deadline) {
        values.put(name, CHINESE_DATE.format(deadline.day()));
        if (used.contains(name)) {
          provisional.addAll(deadline.provisionalYears());
        }
      } else {
        values.put(name, value == null ? "" : value.toString());
      }
    });

    String title = fill(lines.get(0), values);
    List<String> paragraphs = new ArrayList<>(trimBlankEdges(lines.subList(1, lines.size()).stream()
        .map(line -> fill(line, values)).toList()));
    if (!provisional.isEmpty()) {
      // the dates were counted on the statutory holidays: the applicant is told, in words, what that means
      paragraphs.add("");
      provisionalNote().forEach(line -> paragraphs.add(fill(line, Map.of("years",
          ProvisionalWording.years(provisional), "holidays", StatutoryHolidays.NAMES))));
    }
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    String bureau = bureaus.of(file.bureauId()).name();
    String documentNumber = numbers.next(caseNumber);
    String code = DocumentNumbers.verificationCode();
    PdfWriter.Written laidOut = pdf.layOut(title, trimBlankEdges(paragraphs),
        List.of(bureau + "（行政审批专用章）", CHINESE_DATE.format(now.atZoneSameInstant(WorkingDayCalendar.ZONE)),
            "办件编号：" + caseNumber, "文件编号：" + documentNumber + "　验证码：" + code,
            "查验：" + verificationUrl + "?n=" + documentNumber + "&c=" + code));
    byte[] content = sealing.seal(file.bureauId(), laidOut, title, Date.from(now.toInstant()));
    String actBy = ACTION_DATES.stream().filter(used::contains).map(values::get)
        .filter(date -> date != null && !date.isBlank()).findFirst().orElse(null);
    return store.keep(caseNumber, kind, documentNumber, code, title, content, "pdf", now, actBy);
  }

  public List<Notice> ofCase(String caseNumber) {
    return store.ofCase(caseNumber);
  }

  /** One notice with its content, if the case has it. */
  public Optional<Map.Entry<Notice, byte[]>> find(String caseNumber, long id) {
    Optional<Notice> notice = ofCase(caseNumber).stream().filter(n -> n.id() == id).findFirst();
    Optional<byte[]> content = content(caseNumber, id);
    return notice.isPresent() && content.isPresent() ? Optional.of(Map.entry(notice.get(), content.get()))
        : Optional.empty();
  }

  public Optional<byte[]> content(String caseNumber, long id) {
    return store.content(caseNumber, id);
  }

  private List<String> template(NoticeKind kind) {
    return ownOrBundled(kind.name() + ".txt");
  }

  /** The explanation of provisional deadlines. */
  private List<String> provisionalNote() {
    return ownOrBundled(PROVISIONAL);
  }

  /**
   * A template from the bureau's folder, or the bundled one where the folder has none (e.g. a kind added by an
   * upgrade): a legal step never fails for want of a template file.
   */
  private List<String> ownOrBundled(String file) {
    Resource own = resources.getResource(templates + file);
    return lines(own.exists() ? templates + file : "classpath:notices/" + file);
  }

  private static Set<String> placeholders(List<String> lines) {
    Set<String> names = new HashSet<>();
    lines.forEach(line -> PLACEHOLDER.matcher(line).results().forEach(m -> names.add(m.group(1))));
    return names;
  }

  private List<String> lines(String location) {
    Resource resource = resources.getResource(location);
    try (InputStream in = resource.getInputStream()) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#")).collect(Collectors.toCollection(ArrayList::new));
      while (!lines.isEmpty() && lines.get(0).isBlank()) {
        lines.remove(0);
      }
      if (lines.isEmpty()) {
        throw new IllegalStateException("通知书模板 " + resource + " 是空的");
      }
      return lines;
    } catch (IOException e) {
      throw new IllegalStateException("通知书模板不存在或无法读取: " + location, e);
    }
  }

  private static List<String> trimBlankEdges(List<String> paragraphs) {
    int from = 0;
    int to = paragraphs.size();
    while (from < to && paragraphs.get(from).isBlank()) {
      from++;
    }
    while (to > from && paragraphs.get(to - 1).isBlank()) {
      to--;
    }
    return paragraphs.subList(from, to);
  }

  static String fill(String text, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static LocalDate day(OffsetDateTime time) {
    return time.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
  }

  private static Optional<OffsetDateTime> nonNullTime(OffsetDateTime time) {
    return Optional.ofNullable(time);
  }

  private static String date(OffsetDateTime time) {
    return time == null ? "" : CHINESE_DATE.format(time.atZoneSameInstant(WorkingDayCalendar.ZONE));
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
