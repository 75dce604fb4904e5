package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.modelchange.ModelChange.Kind;
import cn.gov.oneseal.modelchange.ModelChange.Status;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The analysts' model changes and their files ({@code model_change}, {@code model_change_resource}, Flyway V23), and
 * their one owner. Rows are never deleted: every change, its approver and its result stay readable by the auditors.
 */
@Repository
public class ModelChanges {

  private static final String COLUMNS = "change_no, kind, rolls_back, status, name, source, tenant_id, process_keys, "
      + "proposed_by, proposed_at, checks, diff, dry_run, approval_instance, decided_by, decided_at, reason, "
      + "deployment_id, previous_definitions, migration, rolled_back_by";

  private final JdbcTemplate jdbc;

  ModelChanges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a new proposed change with its files; answers its number. */
  int propose(Kind kind, Integer rollsBack, String name, String source, String tenantId, List<String> processKeys,
      String proposedBy, OffsetDateTime at, String checks, String diff, Map<String, byte[]> files) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("insert into model_change (kind, rolls_back, status, name, source, "
          + "tenant_id, process_keys, proposed_by, proposed_at, checks, diff) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"change_no"});
      insert.setString(1, kind.name());
      insert.setObject(2, rollsBack);
      insert.setString(3, Status.PROPOSED.name());
      insert.setString(4, name);
      insert.setString(5, source);
      insert.setString(6, tenantId);
      insert.setString(7, String.join(",", processKeys));
      insert.setString(8, proposedBy);
      insert.setObject(9, at);
      insert.setString(10, checks);
      insert.setString(11, diff);
      return insert;
    }, key);
    int number = key.getKeyAs(Number.class) != null ? key.getKeyAs(Number.class).intValue()
        : ((Number) key.getKeys().get("change_no")).intValue();
    files.forEach((resource, content) -> jdbc.update(
        "insert into model_change_resource (change_no, resource_name, content) values (?, ?, ?)", number, resource,
        new String(content, StandardCharsets.UTF_8)));
    return number;
  }

  void approvalStarted(int number, String processInstanceId) {
    jdbc.update("update model_change set approval_instance = ? where change_no = ?", processInstanceId, number);
  }

  void dryRun(int number, String dryRun) {
    jdbc.update("update model_change set dry_run = ? where change_no = ?", dryRun, number);
  }

  /** The head's decision as taken in the approval task: who, when, and the opinion (the reason of a refusal). */
  void decision(int number, String decidedBy, OffsetDateTime at, String reason) {
    jdbc.update("update model_change set decided_by = ?, decided_at = ?, reason = ? where change_no = ?", decidedBy, at,
        reason, number);
  }

  /** Approved and deployed: the deployment made, and the definitions in force before it. */
  void activated(int number, String deploymentId, String previousDefinitions) {
    jdbc.update("update model_change set status = ?, deployment_id = ?, previous_definitions = ? where change_no = ? "
        + "and status = ?", Status.ACTIVE.name(), deploymentId, previousDefinitions, number, Status.PROPOSED.name());
  }

  /** Refused by the head: withdrawn, nothing changed. */
  void refused(int number) {
    jdbc.update("update model_change set status = ? where change_no = ? and status = ?", Status.REFUSED.name(), number,
        Status.PROPOSED.name());
  }

  void migrated(int number, String migration) {
    jdbc.update("update model_change set migration = ? where change_no = ?", migration, number);
  }

  void rolledBack(int number, int byChange) {
    jdbc.update("update model_change set rolled_back_by = ? where change_no = ?", byChange, number);
  }

  public Optional<ModelChange> find(int number) {
    return jdbc.query("select " + COLUMNS + " from model_change where change_no = ?", ModelChanges::row, number)
        .stream().findFirst();
  }

  /** The newest first. */
  public List<ModelChange> all() {
    return jdbc.query("select " + COLUMNS + " from model_change order by change_no desc", ModelChanges::row);
  }

  /** The change awaiting approval that deploys this process, if any. */
  Optional<ModelChange> pendingFor(String processKey) {
    return jdbc.query("select " + COLUMNS + " from model_change where status = ?", ModelChanges::row,
        Status.PROPOSED.name()).stream().filter(change -> change.processKeys().contains(processKey)).findFirst();
  }

  /** The change's files, by resource name, in the order they were sent. */
  public Map<String, byte[]> files(int number) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    jdbc.query("select resource_name, content from model_change_resource where change_no = ? order by resource_name",
        rs -> {
          files.put(rs.getString(1), rs.getString(2).getBytes(StandardCharsets.UTF_8));
        }, number);
    return files;
  }

  private static ModelChange row(ResultSet rs, int i) throws SQLException {
    return new ModelChange(rs.getInt("change_no"), Kind.valueOf(rs.getString("kind")),
        (Integer) rs.getObject("rolls_back", Integer.class), Status.valueOf(rs.getString("status")),
        rs.getString("name"), rs.getString("source"), rs.getString("tenant_id"),
        Arrays.asList(rs.getString("process_keys").split(",")), rs.getString("proposed_by"),
        rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("checks"), rs.getString("diff"),
        rs.getString("dry_run"), rs.getString("approval_instance"), rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("reason"), rs.getString("deployment_id"),
        rs.getString("previous_definitions"), rs.getString("migration"),
        (Integer) rs.getObject("rolled_back_by", Integer.class));
  }
}
