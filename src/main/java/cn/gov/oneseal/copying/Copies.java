package cn.gov.oneseal.copying;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The copies ({@code case_copy}), owned here. */
@Repository
public class Copies {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  public Copies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  public long insert(CaseCopy copy) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into case_copy (case_number, bureau_id, sent_by, sent_at, recipient_user, recipient_group, note)
          values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, copy.caseNumber());
      statement.setString(2, copy.bureauId());
      statement.setString(3, copy.sentBy());
      statement.setObject(4, copy.sentAt());
      statement.setString(5, copy.recipientUser());
      statement.setString(6, copy.recipientGroup());
      statement.setString(7, copy.note());
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  public Optional<CaseCopy> find(long id) {
    return jdbc.query("select * from case_copy where id = ?", Copies::map, id).stream().findFirst();
  }

  public List<CaseCopy> ofCase(String caseNumber) {
    return jdbc.query("select * from case_copy where case_number = ? order by sent_at, id", Copies::map, caseNumber);
  }

  /** The copies to the user, or to one of their groups in one of their bureaus, newest first. */
  public List<CaseCopy> to(String userId, Collection<String> groups, Collection<String> bureaus) {
    MapSqlParameterSource params = new MapSqlParameterSource("user", userId)
        .addValue("groups", groups.isEmpty() ? List.of("") : groups)
        .addValue("bureaus", bureaus.isEmpty() ? List.of("") : bureaus);
    return named.query("""
        select * from case_copy where recipient_user = :user
          or (recipient_group in (:groups) and bureau_id in (:bureaus))
        order by sent_at desc, id desc""", params, Copies::map);
  }

  /** Marks the copy read, once: false when it was read already. */
  public boolean markRead(long id, OffsetDateTime at, String by) {
    return jdbc.update("update case_copy set read_at = ?, read_by = ? where id = ? and read_at is null", at, by, id) == 1;
  }

  static CaseCopy map(ResultSet rs, int row) throws SQLException {
    return new CaseCopy(rs.getLong("id"), rs.getString("case_number"), rs.getString("bureau_id"),
        rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class), rs.getString("recipient_user"),
        rs.getString("recipient_group"), rs.getString("note"), rs.getObject("read_at", OffsetDateTime.class),
        rs.getString("read_by"));
  }
}
