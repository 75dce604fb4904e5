package cn.gov.oneseal.supervision;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-supervision statistics per item (and its department) for cases received in a period:
 * received, accepted, finished (decided), on time (decided by the promised deadline), the average
 * working days used by finished cases (clock stops not counted), the compression against the
 * statutory limit (1 − average / statutory), the open cards by kind, and the returns (退回重审, 退回受理) of these
 * cases. {@link #returnsByOfficer} counts the returns made in a period by the officer who returned.
 */
@Component
public class Statistics {

  /** One row of the statistics. */
  public record Row(String itemCode, String itemName, String department, int received, int accepted, int finished,
      int onTime, BigDecimal onTimeRate, BigDecimal averageWorkingDaysUsed, int statutoryLimit,
      BigDecimal compression, Map<CardKind, Integer> openCards, int returns) {}

  /** The returns an officer made in the period: all, and of each kind; and those returned to them. */
  public record OfficerReturns(String officer, int returns, int toReview, int toIntake, int received) {}

  private final JdbcTemplate jdbc;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final ReturnRecords taskReturns;

  public Statistics(JdbcTemplate jdbc, ItemCatalogue catalogue, WorkingDayCalendar calendar,
      ReturnRecords taskReturns) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.taskReturns = taskReturns;
  }

  /** Per officer, the returns made in [from, to] (days in Shanghai) in the bureaus the caller sees; most first. */
  public List<OfficerReturns> returnsByOfficer(LocalDate from, LocalDate to, Predicate<String> bureauVisible) {
    List<ReturnRecords.Made> made = taskReturns.between(startOf(from), startOf(to.plusDays(1))).stream()
        .filter(r -> r.bureau() == null || bureauVisible.test(r.bureau())).toList();
    Map<String, int[]> perOfficer = new LinkedHashMap<>();
    for (ReturnRecords.Made r : made) {
      int[] row = perOfficer.computeIfAbsent(String.valueOf(r.fromUser()), k -> new int[4]);
      row[0]++;
      row[r.toReview() ? 1 : 2]++;
      if (r.toUser() != null) {
        perOfficer.computeIfAbsent(r.toUser(), k -> new int[4])[3]++;
      }
    }
    return perOfficer.entrySet().stream()
        .map(e -> new OfficerReturns(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
        .sorted(java.util.Comparator.comparingInt(OfficerReturns::returns).reversed()
            .thenComparing(OfficerReturns::officer)).toList();
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return WorkingDayCalendar.offsetOf(java.util.Date.from(day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant()));
  }

  public List<Row> compute(LocalDate from, LocalDate to, String itemCode, String department,
      Predicate<String> bureauVisible) {
    record Case(String caseNumber, String itemCode, String bureau, OffsetDateTime acceptedAt, OffsetDateTime decidedAt,
        OffsetDateTime promisedDue, LocalDate startDay, Integer paused) {}
    List<Case> cases = jdbc.query("""
        select f.case_number, f.item_code, f.bureau_id, f.accepted_at, f.decided_at, f.promised_due, c.start_day,
          c.paused_days
        from case_file f left join case_clock c on c.case_number = f.case_number
        where f.received_at >= ? and f.received_at < ?""",
        (rs, i) -> new Case(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class),
            rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class),
            rs.getObject(7, LocalDate.class), (Integer) rs.getObject(8)),
        WorkingDayCalendar.offsetOf(java.util.Date.from(from.atStartOfDay(WorkingDayCalendar.ZONE).toInstant())),
        WorkingDayCalendar.offsetOf(java.util.Date.from(to.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant())));
    Map<String, Map<CardKind, Integer>> cards = new LinkedHashMap<>();
    jdbc.query("select case_number, kind from supervision_card where status = 'OPEN'", rs -> {
      cards.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(CardKind.class))
          .merge(CardKind.valueOf(rs.getString(2)), 1, Integer::sum);
    });

    Map<String, Integer> returns = taskReturns.perCase();

    List<Row> rows = new ArrayList<>();
    for (ApprovalItem item : catalogue.all()) {
      if ((itemCode != null && !itemCode.equals(item.code()))
          || (department != null && !department.equals(item.regulatorGroup())
              && !department.equals(item.regulatorDepartment()))) {
        continue;
      }
      List<Case> mine = cases.stream().filter(c -> c.itemCode().equals(item.code()) && bureauVisible.test(c.bureau()))
          .toList();
      int accepted = (int) mine.stream().filter(c -> c.acceptedAt() != null).count();
      List<Case> finished = mine.stream().filter(c -> c.decidedAt() != null && c.startDay() != null).toList();
      int onTime = (int) finished.stream().filter(c -> !c.decidedAt().isAfter(c.promisedDue())).count();
      double average = finished.stream().mapToInt(c -> Math.max(0, calendar.workingDaysBetween(c.startDay(),
          c.decidedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate()) - c.paused())).average().orElse(0);
      Map<CardKind, Integer> open = new EnumMap<>(CardKind.class);
      for (CardKind kind : CardKind.values()) {
        open.put(kind, mine.stream().mapToInt(c -> cards.getOrDefault(c.caseNumber(), Map.of()).getOrDefault(kind, 0))
            .sum());
      }
      rows.add(new Row(item.code(), item.name(), item.regulatorDepartment(), mine.size(), accepted, finished.size(),
          onTime, finished.isEmpty() ? null : ratio(onTime, finished.size()),
          finished.isEmpty() ? null : BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP),
          item.statutoryLimit(),
          finished.isEmpty() ? null : BigDecimal.valueOf(1 - average / item.statutoryLimit()).setScale(4, RoundingMode.HALF_UP),
          open, mine.stream().mapToInt(c -> returns.getOrDefault(c.caseNumber(), 0)).sum()));
    }
    return rows;
  }

  private static BigDecimal ratio(int part, int whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }
}
