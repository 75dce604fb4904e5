package cn.gov.oneseal.rating;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.ProvisionalWording;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.security.AsSystem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评 (国办发〔2019〕51号; GB/T 39734-2020): one rating per case ("一事一评", no repeat rating —
 * research/domain-rules.md §6.3), five grades, a reason required for a bad rating (grades 1–2:
 * "差评必须勾选详情或填写文字评价"). A bad rating opens {@value #RECTIFICATION_PROCESS}: the window
 * contacts the applicant within {@code oneseal.rating.contact-working-days} (1 WD, 上海 2024 art. 30)
 * and the rectification is due {@code rectification-working-days} (15 WD, 四川 2020) after the rating —
 * both counted from the rating, so a late contact does not extend the rectification.
 *
 * <p>Only a case whose handling has ended for the applicant can be rated: a decision delivered
 * ({@link CaseStatus#DELIVERED}, {@link CaseStatus#COMPLETED}) or a case that ended without one
 * (不予受理, 视为放弃, 撤销受理) — the applicant was served and may judge how.
 */
@Service
public class ServiceRatings {

  public static final String RECTIFICATION_PROCESS = ProcessKeys.BAD_RATING_RECTIFICATION;
  /** Statuses in which the case is finished for the applicant and may be rated. */
  public static final Set<CaseStatus> RATEABLE = EnumSet.of(CaseStatus.DELIVERED, CaseStatus.COMPLETED,
      CaseStatus.REJECTED, CaseStatus.WITHDRAWN, CaseStatus.WITHDRAWN_BY_APPLICANT, CaseStatus.ACCEPTANCE_REVOKED);
  static final int MAX_REASON = 1000;

  private final JdbcTemplate jdbc;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final RatingProperties limits;
  private final RuntimeService runtimeService;
  private final ProcessEngine engine;

  public ServiceRatings(JdbcTemplate jdbc, CaseFiles caseFiles, ItemCatalogue catalogue, WorkingDayCalendar calendar,
      RatingProperties limits, ProcessEngine engine) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.limits = limits;
    this.runtimeService = engine.getRuntimeService();
  }

  public Optional<Rating> find(String caseNumber) {
    return jdbc.query("select * from service_rating where case_number = ?", (rs, i) -> new Rating(
        rs.getString("case_number"), rs.getInt("grade"), rs.getString("reason"),
        RatingChannel.valueOf(rs.getString("channel")), rs.getObject("rated_at", OffsetDateTime.class),
        rs.getString("recorded_by"), rs.getObject("rectification_due", OffsetDateTime.class)), caseNumber)
        .stream().findFirst();
  }

  /** The grade as given (a number, or its digits as text), or null when it is none of 1–5. */
  public static Integer grade(Object raw) {
    Integer grade = raw instanceof Number n && n.doubleValue() == n.intValue() ? Integer.valueOf(n.intValue())
        : raw instanceof String s && s.strip().matches("[1-5]") ? Integer.valueOf(s.strip()) : null;
    return grade != null && grade >= 1 && grade <= 5 ? grade : null;
  }

  /** What is wrong with a grade and reason as given, under the caller's field names; empty if nothing. */
  public static List<FieldError> check(Object grade, Object reason, String gradeField, String reasonField) {
    List<FieldError> errors = new ArrayList<>();
    Integer value = grade(grade);
    if (grade == null || (grade instanceof String s && s.isBlank())) {
      errors.add(new FieldError(gradeField, "REQUIRED", "请选择评价等级（1 非常不满意 … 5 非常满意）"));
    } else if (value == null) {
      errors.add(new FieldError(gradeField, "OUT_OF_RANGE", "评价等级须为 1 到 5 的整数（1 非常不满意 … 5 非常满意）"));
    }
    String text = reason instanceof String s ? s.strip() : null;
    if (reason != null && !(reason instanceof String)) {
      errors.add(new FieldError(reasonField, "INVALID_TYPE", "评价理由应为文本"));
    } else if (text != null && text.length() > MAX_REASON) {
      errors.add(new FieldError(reasonField, "TOO_LONG", "评价理由不能超过 " + MAX_REASON + " 个字"));
    } else if (value != null && value < Rating.WORST_GOOD_GRADE && (text == null || text.isEmpty())) {
      errors.add(new FieldError(reasonField, "REASON_REQUIRED", "差评（不满意、非常不满意）须填写理由"));
    }
    return errors;
  }

  /** Why a bad rating's rectification date may still move later: its year's holiday notice is not loaded yet. */
  public Optional<String> rectificationDueNote(Rating rating) {
    return rating.rectificationDue() == null ? Optional.empty() : Optional.ofNullable(ProvisionalWording.explanation(
        calendar.provisionalYears(rating.ratedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate(),
            rating.rectificationDue().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate())));
  }

  /**
   * Records the case's rating; a bad one opens the rectification. Checked with {@link #check} first.
   *
   * @throws RatingConflictException when the case is not finished or already rated
   */
  @Transactional
  public Rating rate(String caseNumber, int grade, String reason, RatingChannel channel, String recordedBy) {
    List<FieldError> invalid = check(grade, reason, "grade", "reason");
    if (!invalid.isEmpty()) {
      throw new IllegalArgumentException("invalid rating for " + caseNumber + ": " + invalid);
    }
    CaseFile file = caseFiles.get(caseNumber);
    if (!RATEABLE.contains(file.status())) {
      throw new RatingConflictException("NOT_FINISHED", "办件尚未办结（" + file.status().label() + "），办结后方可评价");
    }
    Optional<Rating> earlier = find(caseNumber);
    if (earlier.isPresent()) {
      throw alreadyRated(earlier.get());
    }
    Date now = ClockUtil.getCurrentTime();
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    Rating rating = new Rating(caseNumber, grade, text, channel, offsetOf(now), recordedBy, null);
    Date contactDue = rating.bad() ? calendar.deadline(now, limits.contactWorkingDays()) : null;
    Date rectificationDue = rating.bad() ? calendar.deadline(now, limits.rectificationWorkingDays()) : null;
    try {
      jdbc.update("""
          insert into service_rating (case_number, grade, reason, channel, rated_at, recorded_by, rectification_due)
          values (?, ?, ?, ?, ?, ?, ?)""", caseNumber, grade, text, channel.name(), rating.ratedAt(), recordedBy,
          rectificationDue == null ? null : offsetOf(rectificationDue));
    } catch (DuplicateKeyException concurrently) {
      throw alreadyRated(find(caseNumber).orElseThrow());
    }
    String summary = summary(rating);
    caseFiles.recordOpinion(new Opinion(caseNumber, "rating", null, recordedBy, String.valueOf(grade), summary,
        rating.ratedAt()));
    if (rating.bad()) {
      var start = runtimeService.createProcessInstanceByKey(RECTIFICATION_PROCESS).businessKey(caseNumber)
          .setVariables(Variables.createVariables().putValue(CaseVariables.CASE_NUMBER, caseNumber)
              .putValue(CaseVariables.ITEM_CODE, file.itemCode()).putValue(CaseVariables.ITEM_NAME, catalogue.get(file.itemCode()).name())
              .putValue(CaseVariables.BUREAU_ID, file.bureauId()).putValue(CaseVariables.RATING_SUMMARY, summary)
              .putValue(CaseVariables.APPLICANT_CONTACT, file.contactName() + " " + file.contactPhone())
              .putValue(CaseVariables.CONTACT_DUE, contactDue).putValue(CaseVariables.RECTIFICATION_DUE, rectificationDue));
      // the portal's rating arrives outside any engine command: the system starts the rectification
      AsSystem.run(engine, start::execute);
    }
    return find(caseNumber).orElseThrow();
  }

  /** The rectification's outcome, for the applicant's feedback (整改反馈). */
  public void rectified(String caseNumber, String result) {
    jdbc.update("update service_rating set rectification = ?, rectified_at = ? where case_number = ?", result,
        offsetOf(ClockUtil.getCurrentTime()), caseNumber);
  }

  /** The rectification feedback, once given. */
  public Optional<String> rectification(String caseNumber) {
    return jdbc.queryForList("select rectification from service_rating where case_number = ? and rectification is not null",
        String.class, caseNumber).stream().findFirst();
  }

  static String summary(Rating rating) {
    return rating.channel().label() + "：" + rating.grade() + " 分（" + rating.gradeLabel() + "）"
        + (rating.reason() == null ? "" : "，理由：" + rating.reason());
  }

  private static RatingConflictException alreadyRated(Rating earlier) {
    return new RatingConflictException("ALREADY_RATED", "本办件已于 " + WorkingDayCalendar.dayOf(
        Date.from(earlier.ratedAt().toInstant())) + " 评价（" + earlier.gradeLabel() + "），每件只能评价一次");
  }
}
