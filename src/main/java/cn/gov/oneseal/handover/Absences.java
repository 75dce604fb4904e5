package cn.gov.oneseal.handover;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The officers' absences (table {@code officer_absence}). */
@Repository
public class Absences {

  private static final RowMapper<Absence> ROW = (rs, i) -> new Absence(rs.getLong("id"), rs.getString("user_id"),
      rs.getString("stand_in"), rs.getString("bureau"), rs.getObject("first_day", LocalDate.class),
      rs.getObject("last_day", LocalDate.class), rs.getString("reason"), rs.getString("declared_by"),
      rs.getObject("declared_at", OffsetDateTime.class), rs.getString("cancelled_by"),
      rs.getObject("cancelled_at", OffsetDateTime.class), rs.getBoolean("started"), rs.getBoolean("ended"));

  private final JdbcTemplate jdbc;

  Absences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long declare(String userId, String standIn, String bureau, LocalDate firstDay, LocalDate lastDay, String reason,
      String declaredBy, OffsetDateTime at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("""
          insert into officer_absence (user_id, stand_in, bureau, first_day, last_day, reason, declared_by,
            declared_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      insert.setString(1, userId);
      insert.setString(2, standIn);
      insert.setString(3, bureau);
      insert.setObject(4, firstDay);
      insert.setObject(5, lastDay);
      insert.setString(6, reason);
      insert.setString(7, declaredBy);
      insert.setObject(8, at);
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  public Optional<Absence> find(long id) {
    return jdbc.query("select * from officer_absence where id = ?", ROW, id).stream().findFirst();
  }

  /** The officer's absence on that day, if any. */
  public Optional<Absence> on(String userId, LocalDate day) {
    return jdbc.query("""
        select * from officer_absence where user_id = ? and cancelled_at is null and first_day <= ? and last_day >= ?
        order by id""", ROW, userId, day, day).stream().findFirst();
  }

  /** The officer's absences (not cancelled) that share a day with the period. */
  List<Absence> overlapping(String userId, LocalDate firstDay, LocalDate lastDay) {
    return jdbc.query("""
        select * from officer_absence where user_id = ? and cancelled_at is null and first_day <= ? and last_day >= ?
        """, ROW, userId, lastDay, firstDay);
  }

  /** The absences of these officers or their stand-ins that have not ended before the day, newest first. */
  List<Absence> involving(Collection<String> userIds, LocalDate since) {
    if (userIds.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", userIds.stream().map(u -> "?").toList());
    Object[] args = new Object[userIds.size() * 2 + 1];
    int i = 0;
    for (String user : userIds) {
      args[i++] = user;
    }
    for (String user : userIds) {
      args[i++] = user;
    }
    args[i] = since;
    return jdbc.query("select * from officer_absence where (user_id in (" + in + ") or stand_in in (" + in + "))"
        + " and last_day >= ? order by first_day desc, id desc", ROW, args);
  }

  /** The absences of the bureaus that have not ended before the day, newest first. */
  List<Absence> ofBureaus(Collection<String> bureaus, LocalDate since) {
    if (bureaus.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", bureaus.stream().map(b -> "?").toList());
    Object[] args = new Object[bureaus.size() + 1];
    int i = 0;
    for (String bureau : bureaus) {
      args[i++] = bureau;
    }
    args[i] = since;
    return jdbc.query("select * from officer_absence where bureau in (" + in + ") and last_day >= ?"
        + " order by first_day desc, id desc", ROW, args);
  }

  /** Absences due to start on the day: not cancelled, not started, the day within them. */
  List<Absence> toStart(LocalDate day) {
    return jdbc.query("""
        select * from officer_absence where cancelled_at is null and started = false and first_day <= ?
        and last_day >= ? order by id""", ROW, day, day);
  }

  /** Absences over on the day (past their last day, or cancelled) and not yet ended. */
  List<Absence> toEnd(LocalDate day) {
    return jdbc.query("""
        select * from officer_absence where ended = false and (last_day < ? or cancelled_at is not null)
        order by id""", ROW, day);
  }

  void markStarted(long id) {
    jdbc.update("update officer_absence set started = true where id = ?", id);
  }

  void markEnded(long id) {
    jdbc.update("update officer_absence set ended = true where id = ?", id);
  }

  /** Cancels it (not yet cancelled); whether it was. The sweep then gives back what it handed over. */
  boolean cancel(long id, String by, OffsetDateTime at) {
    return jdbc.update("update officer_absence set cancelled_by = ?, cancelled_at = ? where id = ?"
        + " and cancelled_at is null", by, at, id) == 1;
  }
}
