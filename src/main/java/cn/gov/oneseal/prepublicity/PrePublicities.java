package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity.DayKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The 批前公示 ({@code pre_publicity}) and their objections ({@code pre_publicity_objection}), owned here. Runs in the
 * engine's transaction when called from a step, in the request's otherwise.
 */
@Repository
class PrePublicities {

  private final JdbcTemplate jdbc;

  PrePublicities(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String caseNumber, String itemName, String title, String applicant, String location, int days,
      DayKind dayKind, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into pre_publicity (case_number, item_name, title, applicant, location, days, day_kind, starts_at,
            ends_at, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setString(1, caseNumber);
      statement.setString(2, itemName);
      statement.setString(3, title);
      statement.setString(4, applicant);
      statement.setString(5, location);
      statement.setInt(6, days);
      statement.setString(7, dayKind.name());
      statement.setObject(8, startsAt);
      statement.setObject(9, endsAt);
      statement.setString(10, Publicity.OPEN);
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<Publicity> ofCase(String caseNumber) {
    return jdbc.query("select * from pre_publicity where case_number = ?", PrePublicities::publicity, caseNumber)
        .stream().findFirst();
  }

  Optional<Publicity> find(long id) {
    return jdbc.query("select * from pre_publicity where id = ?", PrePublicities::publicity, id).stream().findFirst();
  }

  /** The publicity, its row locked until the transaction ends (objections get their numbers one at a time). */
  Optional<Publicity> lock(long id) {
    return jdbc.query("select * from pre_publicity where id = ? for update", PrePublicities::publicity, id).stream()
        .findFirst();
  }

  /** The open publicities, the earliest end first. */
  List<Publicity> open() {
    return jdbc.query("select * from pre_publicity where state = ? order by ends_at, id", PrePublicities::publicity,
        Publicity.OPEN);
  }

  void close(long id, OffsetDateTime at) {
    jdbc.update("update pre_publicity set state = ?, closed_at = ? where id = ? and state = ?", Publicity.CLOSED, at,
        id, Publicity.OPEN);
  }

  /** Records the objection as the publicity's next one and returns its number (call with the publicity locked). */
  int object(long publicityId, OffsetDateTime at, String name, String contact, String text) {
    Integer last = jdbc.queryForObject("select max(seq) from pre_publicity_objection where publicity_id = ?",
        Integer.class, publicityId);
    int seq = last == null ? 1 : last + 1;
    jdbc.update("""
        insert into pre_publicity_objection (publicity_id, seq, received_at, name, contact, objection_text)
        values (?, ?, ?, ?, ?, ?)""", publicityId, seq, at, name, contact, text);
    return seq;
  }

  List<Objection> objections(long publicityId) {
    return jdbc.query("select * from pre_publicity_objection where publicity_id = ? order by seq",
        (rs, i) -> new Objection(rs.getLong("id"), rs.getLong("publicity_id"), rs.getInt("seq"),
            rs.getObject("received_at", OffsetDateTime.class), rs.getString("name"), rs.getString("contact"),
            rs.getString("objection_text"), rs.getString("answer"), rs.getString("answered_by"),
            rs.getObject("answered_at", OffsetDateTime.class)), publicityId);
  }

  int count(long publicityId) {
    Integer count = jdbc.queryForObject("select count(*) from pre_publicity_objection where publicity_id = ?",
        Integer.class, publicityId);
    return count == null ? 0 : count;
  }

  /** The reviewer's answer to an objection not answered yet. */
  void answer(long objectionId, String answer, String by, OffsetDateTime at) {
    jdbc.update("""
        update pre_publicity_objection set answer = ?, answered_by = ?, answered_at = ? where id = ? and answer is null""",
        answer, by, at, objectionId);
  }

  private static Publicity publicity(ResultSet rs, int row) throws SQLException {
    return new Publicity(rs.getLong("id"), rs.getString("case_number"), rs.getString("item_name"),
        rs.getString("title"), rs.getString("applicant"), rs.getString("location"), rs.getInt("days"),
        DayKind.valueOf(rs.getString("day_kind")), rs.getObject("starts_at", OffsetDateTime.class),
        rs.getObject("ends_at", OffsetDateTime.class), rs.getString("state"),
        rs.getObject("closed_at", OffsetDateTime.class));
  }
}
