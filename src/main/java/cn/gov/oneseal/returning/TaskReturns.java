package cn.gov.oneseal.returning;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The record of returns (table {@code task_return}): written in the transaction of the completion it records. */
@Repository
public class TaskReturns {

  /** The longest reason. */
  public static final int MAX_REASON = 500;

  private static final RowMapper<TaskReturn> ROW = (rs, i) -> new TaskReturn(rs.getLong("id"),
      rs.getString("case_number"), rs.getString("item_code"), ReturnKind.valueOf(rs.getString("kind")),
      rs.getString("from_task_id"), rs.getString("from_task"), rs.getString("from_stage"), rs.getString("to_stage"),
      rs.getString("from_user"), rs.getString("to_user"), rs.getString("reason"), rs.getString("bureau"),
      rs.getObject("returned_at", OffsetDateTime.class), rs.getString("returned_task_id"),
      rs.getString("back_task_id"));

  private final JdbcTemplate jdbc;

  TaskReturns(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String caseNumber, String itemCode, ReturnKind kind, String fromTaskId, String fromUser, String reason,
      String bureau, OffsetDateTime at) {
    jdbc.update("""
        insert into task_return (case_number, item_code, kind, from_task_id, from_task, from_stage, to_stage,
          from_user, reason, bureau, returned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseNumber, itemCode,
        kind.name(), fromTaskId, kind.fromTask(), kind.fromStage(), kind.toStage(), fromUser, reason, bureau, at);
  }

  /** The case's latest return of this kind whose returned task is not created yet. */
  Optional<TaskReturn> pending(String caseNumber, ReturnKind kind) {
    return latest("select * from task_return where case_number = ? and kind = ? and returned_task_id is null"
        + " order by returned_at desc, id desc", caseNumber, kind.name());
  }

  /** The case's latest return from this step whose step has not come back yet. */
  Optional<TaskReturn> awaitingBack(String caseNumber, String fromTask) {
    return latest("select * from task_return where case_number = ? and from_task = ? and returned_task_id is not null"
        + " and back_task_id is null order by returned_at desc, id desc", caseNumber, fromTask);
  }

  void delivered(long id, String taskId, String toUser) {
    jdbc.update("update task_return set returned_task_id = ?, to_user = ? where id = ?", taskId, toUser, id);
  }

  void cameBack(long id, String taskId) {
    jdbc.update("update task_return set back_task_id = ? where id = ?", taskId, id);
  }

  /** The returns of a case, oldest first. */
  public List<TaskReturn> ofCase(String caseNumber) {
    return jdbc.query("select * from task_return where case_number = ? order by returned_at, id", ROW, caseNumber);
  }

  /** The returns made in [from, toExclusive), oldest first. */
  public List<TaskReturn> between(OffsetDateTime from, OffsetDateTime toExclusive) {
    return jdbc.query("select * from task_return where returned_at >= ? and returned_at < ? order by returned_at, id",
        ROW, from, toExclusive);
  }

  /** How many returns each case has had (cases without returns are absent). */
  public Map<String, Integer> perCase() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.query("select case_number, count(*) from task_return group by case_number",
        rs -> {
          counts.put(rs.getString(1), rs.getInt(2));
        });
    return counts;
  }

  private Optional<TaskReturn> latest(String sql, Object... args) {
    List<TaskReturn> found = jdbc.query(sql, ROW, args);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }
}
