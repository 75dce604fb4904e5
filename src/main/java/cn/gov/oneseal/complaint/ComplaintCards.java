package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The yellow and red cards on complaints' own steps ({@code complaint_card}), each once (unique per step and kind). */
@Repository
public class ComplaintCards {

  /** 黄牌 or 红牌 on a complaint's step. */
  public enum Kind {
    YELLOW("黄牌"), RED("红牌");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A card on one step of a complaint, and who held the step then. */
  public record Card(long complaintId, String step, Kind kind, OffsetDateTime deadline, OffsetDateTime raisedAt,
      String holder) {}

  private final JdbcTemplate jdbc;

  ComplaintCards(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the card; false when the step has it already (raised earlier, or by another node). */
  boolean raise(long complaintId, String step, Kind kind, Date deadline, String holder) {
    try {
      return jdbc.update("""
          insert into complaint_card (complaint_id, step, kind, deadline, raised_at, holder)
          select ?, ?, ?, ?, ?, ? where not exists (
            select 1 from complaint_card where complaint_id = ? and step = ? and kind = ?)""", complaintId, step,
          kind.name(), offsetOf(deadline), offsetOf(ClockUtil.getCurrentTime()), holder, complaintId, step,
          kind.name()) == 1;
    } catch (DuplicateKeyException raisedElsewhere) {
      return false;
    }
  }

  public List<Card> of(long complaintId) {
    return jdbc.query("select * from complaint_card where complaint_id = ? order by raised_at, id", (rs, i) -> new Card(
        rs.getLong("complaint_id"), rs.getString("step"), Kind.valueOf(rs.getString("kind")),
        rs.getObject("deadline", OffsetDateTime.class), rs.getObject("raised_at", OffsetDateTime.class),
        rs.getString("holder")), complaintId);
  }
}
