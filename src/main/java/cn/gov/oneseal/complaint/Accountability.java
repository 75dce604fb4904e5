package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** 责任追究 ({@code accountability_record}): one row per officer a founded complaint holds to account. */
@Repository
public class Accountability {

  /** One officer held to account, with the complaint's number. */
  public record Record(long id, long complaintId, String complaintNumber, String officerId, String bureauId,
      String itemCode, ComplaintKind kind, Finding finding, String step, String measure, String rectification,
      LocalDate rectificationDue, String recordedBy, OffsetDateTime recordedAt) {}

  private final JdbcTemplate jdbc;

  Accountability(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(Complaint complaint, String officer, Finding finding, String step, String measure, String rectification,
      LocalDate rectificationDue, String by) {
    jdbc.update("""
        insert into accountability_record (complaint_id, officer_id, bureau_id, item_code, complaint_kind, finding,
          step, measure, rectification, rectification_due, recorded_by, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", complaint.id(), officer, complaint.bureauId(),
        complaint.itemCode(), complaint.kind().name(), finding.name(), step, measure, rectification, rectificationDue,
        by, offsetOf(ClockUtil.getCurrentTime()));
  }

  /** The officer's file, newest first. */
  public List<Record> ofOfficer(String officerId) {
    return jdbc.query(SELECT + " where a.officer_id = ? order by a.recorded_at desc, a.id desc", Accountability::map,
        officerId);
  }

  public List<Record> ofComplaint(long complaintId) {
    return jdbc.query(SELECT + " where a.complaint_id = ? order by a.id", Accountability::map, complaintId);
  }

  /** The records made from {@code from} (inclusive) to {@code to} (exclusive), oldest first. */
  public List<Record> between(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query(SELECT + " where a.recorded_at >= ? and a.recorded_at < ? order by a.recorded_at, a.id",
        Accountability::map, from, to);
  }

  private static final String SELECT = "select a.*, c.complaint_number from accountability_record a "
      + "join complaint c on c.id = a.complaint_id";

  private static Record map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Record(rs.getLong("id"), rs.getLong("complaint_id"), rs.getString("complaint_number"),
        rs.getString("officer_id"), rs.getString("bureau_id"), rs.getString("item_code"),
        ComplaintKind.valueOf(rs.getString("complaint_kind")), Finding.valueOf(rs.getString("finding")),
        rs.getString("step"), rs.getString("measure"), rs.getString("rectification"),
        rs.getObject("rectification_due", LocalDate.class), rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }
}
