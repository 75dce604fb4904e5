package cn.gov.oneseal.credit;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.catalogue.ApplicationPaths.Credit;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Credit records per applicant (统一社会信用代码 or 身份证号): written by failed 容缺 pledges (and later
 * false commitments), read by the eligibility rules. A record counts until it expires or is repaired
 * (信用修复); a failed pledge bars 承诺制 for {@code oneseal.credit.failed-pledge-ban} (default six
 * months, 大连). Owns {@code credit_record}.
 */
@Repository
public class CreditRecords {

  /** One record as stored. */
  public record CreditRecord(long id, String subjectId, CreditKind kind, String reason, String caseNumber,
      OffsetDateTime recordedAt, OffsetDateTime expiresAt, OffsetDateTime repairedAt) {}

  private final JdbcTemplate jdbc;
  private final Period failedPledgeBan;

  public CreditRecords(JdbcTemplate jdbc, @Value("${oneseal.credit.failed-pledge-ban:P6M}") Period failedPledgeBan) {
    this.jdbc = jdbc;
    this.failedPledgeBan = failedPledgeBan;
  }

  public void record(String subjectId, CreditKind kind, String reason, String caseNumber) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    OffsetDateTime expires = kind == CreditKind.FAILED_PLEDGE ? now.plus(failedPledgeBan) : null;
    jdbc.update("insert into credit_record (subject_id, kind, reason, case_number, recorded_at, expires_at) "
        + "values (?, ?, ?, ?, ?, ?)", subjectId, kind.name(), reason, caseNumber, now, expires);
  }

  /** 信用修复: the record no longer counts. */
  public void repair(long id, String by) {
    jdbc.update("update credit_record set repaired_at = ?, repaired_by = ? where id = ?",
        WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()), by, id);
  }

  public List<CreditRecord> of(String subjectId) {
    return jdbc.query("select * from credit_record where subject_id = ? order by recorded_at, id",
        (rs, i) -> new CreditRecord(rs.getLong("id"), rs.getString("subject_id"), CreditKind.valueOf(rs.getString("kind")),
            rs.getString("reason"), rs.getString("case_number"), rs.getObject("recorded_at", OffsetDateTime.class),
            rs.getObject("expires_at", OffsetDateTime.class), rs.getObject("repaired_at", OffsetDateTime.class)),
        subjectId);
  }

  /** The applicant's standing now, as the rules read it. */
  public Credit standing(String subjectId) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    List<CreditRecord> counting = of(subjectId).stream()
        .filter(r -> r.repairedAt() == null && (r.expiresAt() == null || r.expiresAt().isAfter(now))).toList();
    return new Credit(counting.stream().anyMatch(r -> r.kind() == CreditKind.SERIOUS_BAD_CREDIT),
        counting.stream().anyMatch(r -> r.kind() == CreditKind.FALSE_COMMITMENT),
        counting.stream().anyMatch(r -> r.kind() == CreditKind.FAILED_PLEDGE));
  }
}
