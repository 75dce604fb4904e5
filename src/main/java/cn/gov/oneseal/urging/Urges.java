package cn.gov.oneseal.urging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The urges ({@code task_urge}), owned here: recorded once, never changed. */
@Repository
public class Urges {

  /** How many urges one stage, or one officer (or group, while unclaimed), received. */
  public record Count(String name, int urges, int escalated) {}

  private final JdbcTemplate jdbc;

  public Urges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the urge (its id is ignored) and returns its id. */
  public long insert(Urge urge) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into task_urge (case_number, bureau_id, task_id, task_name, stage, held_by, held_by_groups, urged_by,
            urged_at, note, escalated, escalation_task_id)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, urge.caseNumber());
      statement.setString(2, urge.bureauId());
      statement.setString(3, urge.taskId());
      statement.setString(4, urge.taskName());
      statement.setString(5, urge.stage());
      statement.setString(6, urge.heldBy());
      statement.setString(7, urge.heldByGroups());
      statement.setString(8, urge.urgedBy());
      statement.setObject(9, urge.urgedAt());
      statement.setString(10, urge.note());
      statement.setBoolean(11, urge.escalated());
      statement.setString(12, urge.escalationTaskId());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public List<Urge> ofCase(String caseNumber) {
    return jdbc.query("select * from task_urge where case_number = ? order by urged_at, id", Urges::map, caseNumber);
  }

  /** The urges of a task, and those that escalated to it when it is a bureau head's escalation task. */
  public List<Urge> ofTask(String taskId) {
    return jdbc.query("select * from task_urge where task_id = ? or escalation_task_id = ? order by urged_at, id",
        Urges::map, taskId, taskId);
  }

  public int countOfTask(String taskId) {
    Integer count = jdbc.queryForObject("select count(*) from task_urge where task_id = ?", Integer.class, taskId);
    return count == null ? 0 : count;
  }

  /** Urges per stage, most urged first, of the bureaus {@code bureauVisible} accepts. */
  public List<Count> perStage(Predicate<String> bureauVisible) {
    return counts("stage", bureauVisible);
  }

  /** Urges per officer who held the task (its candidate groups while it was unclaimed), most urged first. */
  public List<Count> perOfficer(Predicate<String> bureauVisible) {
    return counts("coalesce(held_by, held_by_groups, '')", bureauVisible);
  }

  private List<Count> counts(String key, Predicate<String> bureauVisible) {
    record Row(String bureau, String name, int urges, int escalated) {}
    List<Row> rows = jdbc.query("select bureau_id, " + key + " as name, count(*) as urges, "
        + "sum(case when escalated then 1 else 0 end) as escalated from task_urge group by bureau_id, " + key,
        (rs, i) -> new Row(rs.getString("bureau_id"), rs.getString("name"), rs.getInt("urges"),
            rs.getInt("escalated")));
    Map<String, int[]> merged = new TreeMap<>();
    rows.stream().filter(r -> bureauVisible.test(r.bureau())).forEach(r -> {
      int[] sum = merged.computeIfAbsent(r.name(), n -> new int[2]);
      sum[0] += r.urges();
      sum[1] += r.escalated();
    });
    return merged.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingInt(Count::urges).reversed().thenComparing(Count::name)).toList();
  }

  static Urge map(ResultSet rs, int row) throws SQLException {
    return new Urge(rs.getLong("id"), rs.getString("case_number"), rs.getString("bureau_id"), rs.getString("task_id"),
        rs.getString("task_name"), rs.getString("stage"), rs.getString("held_by"), rs.getString("held_by_groups"),
        rs.getString("urged_by"), rs.getObject("urged_at", OffsetDateTime.class), rs.getString("note"),
        rs.getBoolean("escalated"), rs.getString("escalation_task_id"));
  }
}
