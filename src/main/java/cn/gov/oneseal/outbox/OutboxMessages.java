package cn.gov.oneseal.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The outbox's messages ({@code outbox_message}), owned here. */
@Repository
public class OutboxMessages {

  private final JdbcTemplate jdbc;

  public OutboxMessages(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a new message, PENDING with no attempt, and returns its id. */
  long insert(String key, String channel, String caseNumber, String recipient, String subject, String body,
      Long attachmentId, OffsetDateTime at) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into outbox_message (message_key, channel, case_number, recipient, subject, body, attachment_id, state,
            attempts, created_at, next_attempt_at)
          values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""", new String[] {"id"});
      statement.setString(1, key);
      statement.setString(2, channel);
      statement.setString(3, caseNumber);
      statement.setString(4, recipient);
      statement.setString(5, subject);
      statement.setString(6, body);
      statement.setObject(7, attachmentId);
      statement.setObject(8, at);
      statement.setObject(9, at);
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public Optional<OutboxMessage> get(long id) {
    return jdbc.query("select * from outbox_message where id = ?", OutboxMessages::map, id).stream().findFirst();
  }

  Optional<OutboxMessage> byKey(String key) {
    return jdbc.query("select * from outbox_message where message_key = ?", OutboxMessages::map, key).stream()
        .findFirst();
  }

  /** The messages about a case, oldest first. */
  public List<OutboxMessage> ofCase(String caseNumber) {
    return jdbc.query("select * from outbox_message where case_number = ? order by created_at, id",
        OutboxMessages::map, caseNumber);
  }

  /** The messages in a state, newest first, a page of them. */
  public List<OutboxMessage> inState(OutboxMessage.State state, int offset, int limit) {
    return jdbc.query("select * from outbox_message where state = ? order by created_at desc, id desc"
        + " offset ? rows fetch next ? rows only", OutboxMessages::map, state.name(), offset, limit);
  }

  public int countInState(OutboxMessage.State state) {
    return jdbc.queryForObject("select count(*) from outbox_message where state = ?", Integer.class, state.name());
  }

  void markSent(long id, int attempts, OffsetDateTime at) {
    jdbc.update("update outbox_message set state = 'SENT', attempts = ?, sent_at = ?, next_attempt_at = null,"
        + " last_error = null where id = ?", attempts, at, id);
  }

  /** Records a failed attempt: PENDING again at {@code next}, or DEAD when {@code next} is null. */
  void markFailed(long id, int attempts, String error, OffsetDateTime next) {
    jdbc.update("update outbox_message set state = ?, attempts = ?, last_error = ?, next_attempt_at = ? where id = ?",
        next == null ? "DEAD" : "PENDING", attempts, error, next, id);
  }

  /** A dead message made pending again from now, its attempts counted anew; false when it was not dead. */
  boolean revive(long id, OffsetDateTime at) {
    return jdbc.update("update outbox_message set state = 'PENDING', attempts = 0, next_attempt_at = ? where id = ?"
        + " and state = 'DEAD'", at, id) == 1;
  }

  private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
    return new OutboxMessage(rs.getLong("id"), rs.getString("message_key"), rs.getString("channel"),
        rs.getString("case_number"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
        rs.getObject("attachment_id") == null ? null : rs.getLong("attachment_id"),
        OutboxMessage.State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("next_attempt_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class));
  }
}
