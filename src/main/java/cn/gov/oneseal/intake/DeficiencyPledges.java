package cn.gov.oneseal.intake;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 容缺 pledges of accepted cases (table {@code deficiency_pledge}, owned here): the missing materials, the supplement
 * deadline, and how the pledge ended — kept (supplied), failed, or closed by a denial that needs no supplements.
 */
@Repository
public class DeficiencyPledges {

  /** Where a pledge stands. */
  public enum Status {
    /** The supplements are awaited. */
    OPEN,
    /** The supplements were accepted: the pledge is kept. */
    SUPPLIED,
    /** Late or still deficient supplements: the case ended. */
    FAILED,
    /** The application was denied: no supplements are needed. */
    CLOSED
  }

  /** One pledge. */
  public record Pledge(String caseNumber, String materials, OffsetDateTime supplementDue, Status status,
      OffsetDateTime pledgedAt, OffsetDateTime resolvedAt, String resolution) {}

  private final JdbcTemplate jdbc;

  public DeficiencyPledges(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void open(String caseNumber, String materials, OffsetDateTime supplementDue, OffsetDateTime pledgedAt) {
    jdbc.update("insert into deficiency_pledge (case_number, materials, supplement_due, status, pledged_at) "
        + "values (?, ?, ?, ?, ?)", caseNumber, materials, supplementDue, Status.OPEN.name(), pledgedAt);
  }

  /** Ends the case's open pledge; whether there was one. */
  boolean resolve(String caseNumber, Status status, OffsetDateTime at, String resolution) {
    return jdbc.update("update deficiency_pledge set status = ?, resolved_at = ?, resolution = ? "
        + "where case_number = ? and status = ?", status.name(), at, resolution, caseNumber, Status.OPEN.name()) > 0;
  }

  /**
   * Whether the case's pledge is still open, read with a lock on its row until the transaction ends: a decision and
   * the acceptance of the supplements that happen at the same moment are taken one after the other, so that a grant
   * is either issued at once (the supplements came first) or held and then released by them — never held for
   * supplements that were already accepted.
   */
  boolean lockIfOpen(String caseNumber) {
    return jdbc.query("select status from deficiency_pledge where case_number = ? for update",
        (rs, i) -> rs.getString(1), caseNumber).stream().anyMatch(Status.OPEN.name()::equals);
  }

  public Optional<Pledge> find(String caseNumber) {
    return jdbc.query("select * from deficiency_pledge where case_number = ?", (rs, i) -> new Pledge(
        rs.getString("case_number"), rs.getString("materials"), rs.getObject("supplement_due", OffsetDateTime.class),
        Status.valueOf(rs.getString("status")), rs.getObject("pledged_at", OffsetDateTime.class),
        rs.getObject("resolved_at", OffsetDateTime.class), rs.getString("resolution")), caseNumber)
        .stream().findFirst();
  }
}
