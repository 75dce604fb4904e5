package cn.gov.oneseal.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The consultations ({@code consultation}) and their consultees' replies ({@code consultation_reply}), owned here. */
@Repository
public class Consultations {

  private final JdbcTemplate jdbc;

  public Consultations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the consultation (its id and replies are ignored) and returns its id. */
  public long insert(Consultation c) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into consultation (case_number, bureau_id, task_id, stage, asked_by, asked_at, question, working_days,
            due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, c.caseNumber());
      statement.setString(2, c.bureauId());
      statement.setString(3, c.taskId());
      statement.setString(4, c.stage());
      statement.setString(5, c.askedBy());
      statement.setObject(6, c.askedAt());
      statement.setString(7, c.question());
      statement.setInt(8, c.workingDays());
      statement.setObject(9, c.dueAt());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  /** Records an open reply of one consultee (a user or a group) and returns its id. */
  public long insertReply(long consultationId, String user, String group) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into consultation_reply (consultation_id, consultee_user, consultee_group, state)
          values (?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, consultationId);
      statement.setString(2, user);
      statement.setString(3, group);
      statement.setString(4, ReplyState.OPEN.name());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public void processOf(long replyId, String processInstanceId) {
    jdbc.update("update consultation_reply set process_instance_id = ? where id = ?", processInstanceId, replyId);
  }

  /** Closes an open reply (answered, overdue or withdrawn); false when it was closed already. */
  public boolean close(long replyId, ReplyState state, String answer, String by, OffsetDateTime at) {
    return jdbc.update("""
        update consultation_reply set state = ?, answer = ?, answered_by = ?, answered_at = ?
        where id = ? and state = ?""", state.name(), answer, by, at, replyId, ReplyState.OPEN.name()) == 1;
  }

  public Optional<Consultation.Reply> reply(long replyId) {
    return jdbc.query("select * from consultation_reply where id = ?", Consultations::reply, replyId).stream()
        .findFirst();
  }

  public Optional<Consultation> find(long id) {
    return withReplies(jdbc.query("select * from consultation where id = ?", Consultations::map, id)).stream()
        .findFirst();
  }

  /** The consultations asked on a task, oldest first, with their replies. */
  public List<Consultation> ofTask(String taskId) {
    return withReplies(jdbc.query("select * from consultation where task_id = ? order by asked_at, id",
        Consultations::map, taskId));
  }

  /** The consultations of a case, oldest first, with their replies. */
  public List<Consultation> ofCase(String caseNumber) {
    return withReplies(jdbc.query("select * from consultation where case_number = ? order by asked_at, id",
        Consultations::map, caseNumber));
  }

  /** The open replies of the task's consultations whose deadline is still ahead (those that hold the task). */
  public List<Consultation> pendingOn(String taskId, OffsetDateTime now) {
    return ofTask(taskId).stream().filter(c -> c.dueAt().isAfter(now) && !c.settled()).toList();
  }

  private List<Consultation> withReplies(List<Consultation> consultations) {
    if (consultations.isEmpty()) {
      return consultations;
    }
    Map<Long, Consultation> byId = new LinkedHashMap<>();
    consultations.forEach(c -> byId.put(c.id(), c));
    String ids = String.join(",", byId.keySet().stream().map(String::valueOf).toList());
    List<Consultation.Reply> replies = jdbc.query("select * from consultation_reply where consultation_id in ("
        + ids + ") order by id", Consultations::reply);
    return byId.values().stream().map(c -> c.with(c.askedByName(), replies.stream()
        .filter(r -> r.consultationId() == c.id()).toList())).toList();
  }

  static Consultation map(ResultSet rs, int row) throws SQLException {
    return new Consultation(rs.getLong("id"), rs.getString("case_number"), rs.getString("bureau_id"),
        rs.getString("task_id"), rs.getString("stage"), rs.getString("asked_by"), null,
        rs.getObject("asked_at", OffsetDateTime.class), rs.getString("question"), rs.getInt("working_days"),
        rs.getObject("due_at", OffsetDateTime.class), List.of());
  }

  static Consultation.Reply reply(ResultSet rs, int row) throws SQLException {
    return new Consultation.Reply(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("consultee_user"),
        rs.getString("consultee_group"), null, rs.getString("process_instance_id"),
        ReplyState.valueOf(rs.getString("state")), rs.getString("answer"), rs.getString("answered_by"),
        rs.getObject("answered_at", OffsetDateTime.class));
  }

  /** Consultations of a stage or by an officer, with how their replies ended: answered, overdue, still awaited. */
  public record Count(String name, int consultations, int answered, int overdue, int awaited) {}

  /** Consultations per stage that asked (审查, 决定…), most first, of the bureaus {@code bureauVisible} accepts. */
  public List<Count> perStage(Predicate<String> bureauVisible) {
    return counts("c.stage", bureauVisible);
  }

  /** Consultations per officer who asked, most first, of the bureaus {@code bureauVisible} accepts. */
  public List<Count> perOfficer(Predicate<String> bureauVisible) {
    return counts("c.asked_by", bureauVisible);
  }

  private List<Count> counts(String key, Predicate<String> bureauVisible) {
    record Row(String bureau, String name, int consultations, int answered, int overdue, int awaited) {}
    List<Row> rows = jdbc.query("select c.bureau_id, " + key + " as name, count(distinct c.id) as consultations, "
        + "sum(case when r.state = 'ANSWERED' then 1 else 0 end) as answered, "
        + "sum(case when r.state = 'OVERDUE' then 1 else 0 end) as overdue, "
        + "sum(case when r.state = 'OPEN' then 1 else 0 end) as awaited "
        + "from consultation c join consultation_reply r on r.consultation_id = c.id group by c.bureau_id, " + key,
        (rs, i) -> new Row(rs.getString("bureau_id"), rs.getString("name"), rs.getInt("consultations"),
            rs.getInt("answered"), rs.getInt("overdue"), rs.getInt("awaited")));
    Map<String, int[]> merged = new TreeMap<>();
    rows.stream().filter(r -> bureauVisible.test(r.bureau())).forEach(r -> {
      int[] sum = merged.computeIfAbsent(r.name(), n -> new int[4]);
      sum[0] += r.consultations();
      sum[1] += r.answered();
      sum[2] += r.overdue();
      sum[3] += r.awaited();
    });
    return merged.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1],
        e.getValue()[2], e.getValue()[3]))
        .sorted(Comparator.comparingInt(Count::consultations).reversed().thenComparing(Count::name)).toList();
  }
}
