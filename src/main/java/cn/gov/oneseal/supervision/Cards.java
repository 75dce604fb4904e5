package cn.gov.oneseal.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The card table ({@code supervision_card}), owned here; the dashboard and the statistics join it in their reports.
 * A card exists at most once per case, scope and kind (unique index).
 */
@Repository
public class Cards {

  private final JdbcTemplate jdbc;

  public Cards(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean exists(String caseNumber, String scope, CardKind kind) {
    Integer count = jdbc.queryForObject(
        "select count(*) from supervision_card where case_number = ? and scope_key = ? and kind = ?", Integer.class,
        caseNumber, scope, kind.name());
    return count != null && count > 0;
  }

  /** Inserts a new open card and returns its id. */
  public long insert(Card card) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into supervision_card (case_number, item_code, bureau_id, scope_key, stage, task_id, kind, deadline,
            raised_at, responsible_group, responsible_officer, status)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""", new String[] {"id"});
      statement.setString(1, card.caseNumber());
      statement.setString(2, card.itemCode());
      statement.setString(3, card.bureauId());
      statement.setString(4, card.scope());
      statement.setString(5, card.stage());
      statement.setString(6, card.taskId());
      statement.setString(7, card.kind().name());
      statement.setObject(8, card.deadline());
      statement.setObject(9, card.raisedAt());
      statement.setString(10, card.responsibleGroup());
      statement.setString(11, card.responsibleOfficer());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public void handled(long id, OffsetDateTime at, String by, String opinion) {
    jdbc.update("update supervision_card set status = 'HANDLED', handled_at = ?, handled_by = ?, handling_opinion = ? "
        + "where id = ?", at, by, opinion, id);
  }

  /** Closes the case's open cards when the case ends without its steps (e.g. the applicant withdraws). */
  public int closeOpen(String caseNumber, OffsetDateTime at, String by, String opinion) {
    return jdbc.update("update supervision_card set status = 'HANDLED', handled_at = ?, handled_by = ?, "
        + "handling_opinion = ? where case_number = ? and status = 'OPEN'", at, by, opinion, caseNumber);
  }

  public Optional<Card> find(long id) {
    return jdbc.query("select * from supervision_card where id = ?", Cards::map, id).stream().findFirst();
  }

  public List<Card> ofCase(String caseNumber) {
    return jdbc.query("select * from supervision_card where case_number = ? order by raised_at, id", Cards::map,
        caseNumber);
  }

  public List<Card> open() {
    return jdbc.query("select * from supervision_card where status = 'OPEN' order by raised_at, id", Cards::map);
  }

  static Card map(ResultSet rs, int row) throws SQLException {
    return new Card(rs.getLong("id"), rs.getString("case_number"), rs.getString("item_code"),
        rs.getString("bureau_id"), rs.getString("scope_key"), rs.getString("stage"), rs.getString("task_id"),
        CardKind.valueOf(rs.getString("kind")), rs.getObject("deadline", OffsetDateTime.class),
        rs.getObject("raised_at", OffsetDateTime.class), rs.getString("responsible_group"),
        rs.getString("responsible_officer"), rs.getString("status"), rs.getObject("handled_at", OffsetDateTime.class),
        rs.getString("handled_by"), rs.getString("handling_opinion"));
  }
}
