package cn.gov.oneseal.complaint;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The complaints of a period and what they led to: per kind, per item and per bureau the complaints filed and how
 * they were found; per officer the accountability records by measure (责任追究统计).
 */
@Component
class ComplaintStatistics {

  /** Complaints of one kind, item or bureau, and how they were found (open: not yet answered). */
  record Row(String key, String name, int complaints, int founded, int partlyFounded, int unfounded, int open,
      int accountable) {}

  /** One officer's accountability records of the period, by measure. */
  record OfficerRow(String officerId, String officer, String bureauId, int records, Map<String, Integer> measures) {}

  record Report(LocalDate from, LocalDate to, int complaints, List<Row> byKind, List<Row> byItem, List<Row> byBureau,
      List<OfficerRow> byOfficer) {}

  private final Complaints complaints;
  private final Accountability accountability;
  private final ItemCatalogue catalogue;
  private final ComplaintOfficers officers;
  private final ComplaintProperties properties;
  private final Bureaus bureaus;

  ComplaintStatistics(Complaints complaints, Accountability accountability, ItemCatalogue catalogue,
      ComplaintOfficers officers, ComplaintProperties properties, Bureaus bureaus) {
    this.complaints = complaints;
    this.accountability = accountability;
    this.catalogue = catalogue;
    this.officers = officers;
    this.properties = properties;
    this.bureaus = bureaus;
  }

  /** The complaints filed (and the records made) from {@code from} to {@code to}, days in Asia/Shanghai. */
  Report of(LocalDate from, LocalDate to, Predicate<String> bureauVisible) {
    OffsetDateTime start = from.atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime();
    OffsetDateTime end = to.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime();
    List<Complaint> filed = complaints.filed(start, end).stream().filter(c -> bureauVisible.test(c.bureauId()))
        .toList();
    List<Accountability.Record> records = accountability.between(start, end).stream()
        .filter(r -> bureauVisible.test(r.bureauId())).toList();
    return new Report(from, to, filed.size(),
        rows(filed, c -> c.kind().name(), key -> ComplaintKind.valueOf(key).label()),
        rows(filed.stream().filter(c -> c.itemCode() != null).toList(), Complaint::itemCode,
            key -> catalogue.find(key).map(ApprovalItem::name).orElse(key)),
        rows(filed, Complaint::bureauId, key -> bureaus.find(key).map(b -> b.name()).orElse(key)),
        byOfficer(records));
  }

  private static List<Row> rows(List<Complaint> filed, Function<Complaint, String> key,
      Function<String, String> name) {
    Map<String, List<Complaint>> groups = new TreeMap<>();
    filed.forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
    List<Row> rows = new ArrayList<>();
    groups.forEach((k, cs) -> rows.add(new Row(k, name.apply(k), cs.size(), count(cs, Finding.founded),
        count(cs, Finding.partlyFounded), count(cs, Finding.unfounded),
        (int) cs.stream().filter(c -> c.finding() == null).count(),
        (int) cs.stream().filter(c -> c.finding() != null && c.finding().holdsToAccount()).count())));
    rows.sort(Comparator.comparingInt(Row::complaints).reversed().thenComparing(Row::key));
    return rows;
  }

  private static int count(List<Complaint> complaints, Finding finding) {
    return (int) complaints.stream().filter(c -> c.finding() == finding).count();
  }

  private List<OfficerRow> byOfficer(List<Accountability.Record> records) {
    Map<String, List<Accountability.Record>> perOfficer = new TreeMap<>();
    records.forEach(r -> perOfficer.computeIfAbsent(r.officerId(), k -> new ArrayList<>()).add(r));
    List<OfficerRow> rows = new ArrayList<>();
    // every row has the same measures, in the same order: those configured, then any no longer configured
    List<String> columns = new ArrayList<>(properties.measures());
    records.stream().map(Accountability.Record::measure).distinct().filter(m -> !columns.contains(m))
        .forEach(columns::add);
    perOfficer.forEach((officer, rs) -> {
      Map<String, Integer> measures = new LinkedHashMap<>();
      columns.forEach(m -> measures.put(m, 0));
      rs.forEach(r -> measures.merge(r.measure(), 1, Integer::sum));
      rows.add(new OfficerRow(officer, officers.name(officer), rs.get(0).bureauId(), rs.size(), measures));
    });
    rows.sort(Comparator.comparingInt(OfficerRow::records).reversed().thenComparing(OfficerRow::officerId));
    return rows;
  }
}
