package cn.gov.oneseal.province;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reports to the provincial platform ({@code province_report}), owned here. Runs in the caller's transaction. */
@Repository
public class ProvinceReports {

  private final JdbcTemplate jdbc;

  public ProvinceReports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a new report, PENDING; false when the case's milestone is reported already. */
  boolean insert(String caseNumber, Milestone milestone, String reportKey, String bureauId, OffsetDateTime milestoneAt,
      String body, OffsetDateTime now) {
    if (find(caseNumber, milestone).isPresent()) {
      return false;
    }
    jdbc.update("""
        insert into province_report (case_number, milestone, report_key, last_message_key, bureau_id, milestone_at,
          body, state, resends, created_at)
        values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""", caseNumber, milestone.name(), reportKey, reportKey, bureauId,
        milestoneAt, body, now);
    return true;
  }

  public Optional<ProvinceReport> find(String caseNumber, Milestone milestone) {
    return jdbc.query("select * from province_report where case_number = ? and milestone = ?", ProvinceReports::map,
        caseNumber, milestone.name()).stream().findFirst();
  }

  public Optional<ProvinceReport> byKey(String reportKey) {
    return jdbc.query("select * from province_report where report_key = ?", ProvinceReports::map, reportKey).stream()
        .findFirst();
  }

  /** The report a message (the first send or a resend) carries. */
  Optional<ProvinceReport> byMessageKey(String messageKey) {
    return jdbc.query("select * from province_report where last_message_key = ? or report_key = ?",
        ProvinceReports::map, messageKey, messageKey).stream().findFirst();
  }

  public List<ProvinceReport> ofCase(String caseNumber) {
    return jdbc.query("select * from province_report where case_number = ? order by milestone_at, id",
        ProvinceReports::map, caseNumber);
  }

  /**
   * The reports in a state (all when null) of the bureaus (all when null), newest first, a page of them.
   */
  List<ProvinceReport> page(ProvinceReport.State state, List<String> bureaus, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(state, bureaus, args);
    args.add(offset);
    args.add(limit);
    return jdbc.query("select * from province_report" + where + " order by created_at desc, id desc offset ? rows"
        + " fetch next ? rows only", ProvinceReports::map, args.toArray());
  }

  /** How many reports of the bureaus (all when null) are in each state. */
  Map<ProvinceReport.State, Integer> counts(List<String> bureaus) {
    Map<ProvinceReport.State, Integer> counts = new EnumMap<>(ProvinceReport.State.class);
    for (ProvinceReport.State state : ProvinceReport.State.values()) {
      counts.put(state, 0);
    }
    List<Object> args = new ArrayList<>();
    String where = where(null, bureaus, args);
    jdbc.query("select state, count(*) n from province_report" + where + " group by state", (ResultSet rs) -> {
      while (rs.next()) {
        counts.put(ProvinceReport.State.valueOf(rs.getString("state")), rs.getInt("n"));
      }
      return null;
    }, args.toArray());
    return counts;
  }

  private static String where(ProvinceReport.State state, List<String> bureaus, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (state != null) {
      conditions.add("state = ?");
      args.add(state.name());
    }
    if (bureaus != null) {
      conditions.add(bureaus.isEmpty() ? "1 = 0"
          : "bureau_id in (" + String.join(", ", Collections.nCopies(bureaus.size(), "?")) + ")");
      args.addAll(bureaus);
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The platform acknowledged the report. */
  void acknowledged(String reportKey, String ackId, OffsetDateTime at) {
    jdbc.update("""
        update province_report set state = 'ACKNOWLEDGED', ack_id = ?, acknowledged_at = ?, last_error = null,
          failed_at = null where report_key = ?""", ackId, at, reportKey);
  }

  /** An attempt failed; the outbox tries again (PENDING) unless it was the last ({@link #failed}). */
  void attemptFailed(String reportKey, String error) {
    jdbc.update("update province_report set state = case when state = 'ACKNOWLEDGED' then state else 'PENDING' end,"
        + " last_error = ? where report_key = ?", error, reportKey);
  }

  /** The outbox dead-lettered the report's message. */
  void failed(String reportKey, String error, OffsetDateTime at) {
    jdbc.update("update province_report set state = 'FAILED', last_error = ?, failed_at = ? where report_key = ?"
        + " and state <> 'ACKNOWLEDGED'", error, at, reportKey);
  }

  /** The reconciliation sends the report again under a new message key. */
  void resent(String reportKey, String messageKey, OffsetDateTime at) {
    jdbc.update("""
        update province_report set state = 'PENDING', last_message_key = ?, resends = resends + 1, resent_at = ?,
          ack_id = null, acknowledged_at = null where report_key = ?""", messageKey, at, reportKey);
  }

  private static ProvinceReport map(ResultSet rs, int row) throws SQLException {
    return new ProvinceReport(rs.getLong("id"), rs.getString("case_number"), Milestone.valueOf(rs.getString("milestone")),
        rs.getString("report_key"), rs.getString("last_message_key"), rs.getString("bureau_id"),
        time(rs, "milestone_at"), rs.getString("body"), ProvinceReport.State.valueOf(rs.getString("state")),
        rs.getString("ack_id"), rs.getString("last_error"), rs.getInt("resends"), time(rs, "created_at"),
        time(rs, "acknowledged_at"), time(rs, "failed_at"), time(rs, "resent_at"));
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }
}
