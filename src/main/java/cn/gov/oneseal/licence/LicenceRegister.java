package cn.gov.oneseal.licence;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The licence register: number, holder, item, case, issue date, validity, status (valid, revoked,
 * changed, cancelled) and every change of status with its reason. Regulators query it for the items
 * they supervise. Owns {@code licence} and {@code licence_history}.
 */
@Repository
public class LicenceRegister {

  /** One licence as registered ({@code bureauId}: the issuing bureau, whose seal the licence carries). */
  public record Licence(String licenceNumber, String itemCode, String caseNumber, String holderName, String holderId,
      String bureauId, LocalDate issuedOn, LocalDate validUntil, LicenceStatus status, OffsetDateTime statusChangedAt) {}

  /** One entry of a licence's history. */
  public record Change(LicenceStatus status, String reason, OffsetDateTime changedAt, String changedBy) {}

  private final JdbcTemplate jdbc;

  public LicenceRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Registers the licence granted in a case by the bureau {@code issuerId} (whose seal it carries). */
  public void issue(CaseFile file, String licenceNumber, LocalDate validUntil, String issuerId, String by) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    jdbc.update("""
        insert into licence (licence_number, item_code, case_number, holder_name, holder_id, bureau_id, issued_on,
          valid_until, status, status_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        licenceNumber, file.itemCode(), file.caseNumber(), file.applicantName(), file.applicantId(), issuerId,
        now.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate(), validUntil, LicenceStatus.VALID.name(), now);
    history(licenceNumber, LicenceStatus.VALID, "准予行政许可（办件 " + file.caseNumber() + "）", now, by);
  }

  /** Revokes, changes or cancels a licence, with the reason kept in its history. */
  public void changeStatus(String licenceNumber, LicenceStatus status, String reason, String by) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    if (jdbc.update("update licence set status = ?, status_changed_at = ? where licence_number = ?", status.name(), now,
        licenceNumber) != 1) {
      throw new IllegalArgumentException("许可证不存在: " + licenceNumber);
    }
    history(licenceNumber, status, reason, now, by);
  }

  public Optional<Licence> find(String licenceNumber) {
    return jdbc.query("select * from licence where licence_number = ?", (rs, i) -> map(rs), licenceNumber)
        .stream().findFirst();
  }

  /** The licence granted in a case, if the case granted one. */
  public Optional<Licence> ofCase(String caseNumber) {
    return jdbc.query("select * from licence where case_number = ? order by issued_on desc, licence_number",
        (rs, i) -> map(rs), caseNumber).stream().findFirst();
  }

  /** The licences of the given items, optionally of one holder, newest first. */
  public List<Licence> ofItems(List<String> itemCodes, String holderId) {
    if (itemCodes.isEmpty()) {
      return List.of();
    }
    String in = String.join(",", itemCodes.stream().map(c -> "?").toList());
    List<Object> args = new java.util.ArrayList<>(itemCodes);
    String holder = "";
    if (holderId != null && !holderId.isBlank()) {
      holder = " and holder_id = ?";
      args.add(holderId.strip().toUpperCase());
    }
    return jdbc.query("select * from licence where item_code in (" + in + ")" + holder
        + " order by issued_on desc, licence_number", (rs, i) -> map(rs), args.toArray());
  }

  public List<Change> history(String licenceNumber) {
    return jdbc.query("select * from licence_history where licence_number = ? order by changed_at, id",
        (rs, i) -> new Change(LicenceStatus.valueOf(rs.getString("status")), rs.getString("reason"),
            rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by")), licenceNumber);
  }

  private void history(String licenceNumber, LicenceStatus status, String reason, OffsetDateTime at, String by) {
    jdbc.update("insert into licence_history (licence_number, status, reason, changed_at, changed_by) "
        + "values (?, ?, ?, ?, ?)", licenceNumber, status.name(), reason, at, by);
  }

  private static Licence map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Licence(rs.getString("licence_number"), rs.getString("item_code"), rs.getString("case_number"),
        rs.getString("holder_name"), rs.getString("holder_id"), rs.getString("bureau_id"),
        rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        LicenceStatus.valueOf(rs.getString("status")), rs.getObject("status_changed_at", OffsetDateTime.class));
  }
}
