package cn.gov.oneseal.handover;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The record of handovers (table {@code task_handover}): written in the transaction of the change it records. */
@Repository
public class Handovers {

  static final int MAX_REASON = 500;

  private static final RowMapper<Handover> ROW = (rs, i) -> new Handover(rs.getLong("id"),
      rs.getString("case_number"), rs.getString("task_id"), rs.getString("task_name"),
      HandoverKind.valueOf(rs.getString("kind")), rs.getString("from_user"), rs.getString("to_user"),
      rs.getString("reason"), rs.getString("bureau"), rs.getString("acted_by"),
      rs.getObject("acted_at", OffsetDateTime.class));

  private final JdbcTemplate jdbc;

  Handovers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String caseNumber, String taskId, String taskName, HandoverKind kind, String from, String to,
      String reason, String bureau, String actedBy, OffsetDateTime at) {
    record(caseNumber, taskId, taskName, kind, from, to, reason, bureau, actedBy, at, null);
  }

  /** A handover, made by an absence ({@code absenceId}) or not (null). */
  void record(String caseNumber, String taskId, String taskName, HandoverKind kind, String from, String to,
      String reason, String bureau, String actedBy, OffsetDateTime at, Long absenceId) {
    jdbc.update("""
        insert into task_handover (case_number, task_id, task_name, kind, from_user, to_user, reason, bureau,
          acted_by, acted_at, absence_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseNumber, taskId,
        truncate(taskName, 255), kind.name(), from, to, truncate(reason, 1000), bureau, actedBy, at, absenceId);
  }

  /** The tasks the absence handed to its stand-in (to give back when it ends). */
  List<String> handedToStandIn(long absenceId, String standIn) {
    return jdbc.queryForList("select distinct task_id from task_handover where absence_id = ? and kind = ?"
        + " and to_user = ?", String.class, absenceId, HandoverKind.STAND_IN.name(), standIn);
  }

  /** The handovers of a case, oldest first. */
  public List<Handover> ofCase(String caseNumber) {
    return jdbc.query("select * from task_handover where case_number = ? order by acted_at, id", ROW, caseNumber);
  }

  /** The handovers of a task, oldest first. */
  public List<Handover> ofTask(String taskId) {
    return jdbc.query("select * from task_handover where task_id = ? order by acted_at, id", ROW, taskId);
  }

  /** The tasks returned to their groups because their officer left, in the bureaus, newest first (at most 500). */
  public List<Handover> departures(List<String> bureaus) {
    if (bureaus.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", Collections.nCopies(bureaus.size(), "?"));
    List<Object> arguments = new ArrayList<>(List.of(HandoverKind.DEPARTED.name()));
    arguments.addAll(bureaus);
    return jdbc.query("select * from task_handover where kind = ? and bureau in (" + in + ")"
        + " order by acted_at desc, id desc fetch first 500 rows only", ROW, arguments.toArray());
  }

  /** The task's latest handover. */
  public Optional<Handover> latest(String taskId) {
    List<Handover> all = ofTask(taskId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
