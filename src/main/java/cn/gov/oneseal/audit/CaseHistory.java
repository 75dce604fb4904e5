package cn.gov.oneseal.audit;

import static cn.gov.oneseal.audit.OfficerNames.name;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.ApplicantNameGrams;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The auditors' read-only view of cases (办件历史): a paged search over the project's case table, finished
 * and running alike, and one case's timeline merged from the engine's history (the case's process and its
 * called stages, with the changes of the key variables: {@link EngineHistoryEntries}) and the project's records
 * (opinions, clock, cards, notices, materials: {@link RecordedEntries}). The search reads {@code case_file} and the
 * engine's history directly (a reporting query; {@code casefile/CaseFiles} owns the table); by part of an applicant's
 * name it first narrows the cases by the names' index ({@link ApplicantNameGrams}).
 */
@Service
public class CaseHistory {

  /** One case in a search result. */
  public record CaseRow(String caseNumber, String itemCode, String itemName, String applicantName, String applicantId,
      String status, String statusLabel, OffsetDateTime receivedAt, String receivedBy, OffsetDateTime decidedAt,
      String decidedBy, OffsetDateTime closedAt, boolean finished) {}

  /** One page of cases, newest received first. */
  public record CasePage(long total, int page, int size, List<CaseRow> rows) {}

  /**
   * One thing that happened. For a step ({@code type} 步骤) who claimed and who completed it and when; for the
   * other types {@code officer} is who did it.
   */
  public record Entry(OffsetDateTime at, String type, String title, String officer, String detail,
      String claimedBy, OffsetDateTime claimedAt, String completedBy, OffsetDateTime completedAt) {

    /** An entry without a claim and completion (a record: an opinion, a notice, an action). */
    public static Entry of(OffsetDateTime at, String type, String title, String officer, String detail) {
      return new Entry(at, type, title, officer, detail, null, null, null, null);
    }
  }

  /**
   * A case with its timeline, and the version of its item's catalogue entry it runs under (its limits, materials and
   * 容缺 list, from its registration).
   */
  public record Timeline(CaseRow caseFile, Integer catalogueVersion, List<Entry> entries) {}

  private static final String COLUMNS = """
      c.case_number, c.item_code, c.applicant_name, c.applicant_id, c.status, c.received_at, c.received_by,
      c.decided_at, c.decided_by, c.closed_at""";

  private final JdbcTemplate jdbc;
  private final CaseFiles caseFiles;
  private final ApplicantNameGrams applicantNames;
  private final ItemCatalogue catalogue;
  private final RecordedEntries records;
  private final EngineHistoryEntries engineHistory;
  private final OfficerNames officers;
  private final ObjectProvider<TimelineSource> sources;

  public CaseHistory(JdbcTemplate jdbc, CaseFiles caseFiles, ApplicantNameGrams applicantNames, ItemCatalogue catalogue,
      RecordedEntries records, EngineHistoryEntries engineHistory, OfficerNames officers,
      ObjectProvider<TimelineSource> sources) {
    this.sources = sources;
    this.jdbc = jdbc;
    this.caseFiles = caseFiles;
    this.applicantNames = applicantNames;
    this.catalogue = catalogue;
    this.records = records;
    this.engineHistory = engineHistory;
    this.officers = officers;
  }

  public CasePage search(CaseSearch search) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (search.caseNumber() != null) {
      where.append(" and c.case_number = ?");
      args.add(search.caseNumber());
    }
    if (search.applicant() != null) {
      String text = search.applicant().replace("%", "").replace("_", "");
      applicantNames.narrowing(text).ifPresent(narrowing -> {
        // the index's candidates first (the cases of that applicant id and those whose names have the text's
        // rarest pieces), then the same exact match as without it: the same results from a few rows
        where.append(" and c.case_number in (select f.case_number from case_file f where f.applicant_id = ? union ")
            .append(narrowing.caseNumbers()).append(')');
        args.add(search.applicant());
        args.addAll(narrowing.args());
      });
      where.append(" and (c.applicant_id = ? or c.applicant_name like ?)");
      args.add(search.applicant());
      args.add("%" + text + "%");
    }
    if (search.itemCode() != null) {
      where.append(" and c.item_code = ?");
      args.add(search.itemCode());
    }
    if (search.receivedFrom() != null) {
      where.append(" and c.received_at >= ?");
      args.add(search.receivedFrom().atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime());
    }
    if (search.receivedTo() != null) {
      where.append(" and c.received_at < ?");
      args.add(search.receivedTo().plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toOffsetDateTime());
    }
    if (search.status() != null) {
      where.append(" and c.status = ?");
      args.add(search.status());
    }
    if ("running".equals(search.state())) {
      where.append(" and c.closed_at is null");
    } else if ("finished".equals(search.state())) {
      where.append(" and c.closed_at is not null");
    }
    if (search.officer() != null) {
      // who received or decided it, recorded an opinion, or claimed / completed a step of the case or its stages
      // (the text block starts without a space: PostgreSQL refuses "?and")
      where.append(' ').append("""
           and (c.received_by = ? or c.decided_by = ?
            or exists (select 1 from case_opinion o where o.case_number = c.case_number and o.officer_id = ?)
            or exists (select 1 from act_hi_taskinst t
                       where t.root_proc_inst_id_ = c.process_instance_id and t.assignee_ = ?)
            or exists (select 1 from act_hi_identitylink l
                       where l.root_proc_inst_id_ = c.process_instance_id and l.type_ = 'assignee'
                         and l.user_id_ = ?))""");
      for (int i = 0; i < 5; i++) {
        args.add(search.officer());
      }
    }
    Long total = jdbc.queryForObject("select count(*) from case_file c" + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(search.size());
    pageArgs.add((long) search.page() * search.size());
    List<CaseRow> rows = jdbc.query("select " + COLUMNS + " from case_file c" + where
        + " order by c.received_at desc, c.case_number desc limit ? offset ?", (rs, i) -> row(
            rs.getString("case_number"), rs.getString("item_code"), rs.getString("applicant_name"),
            rs.getString("applicant_id"), rs.getString("status"), rs.getObject("received_at", OffsetDateTime.class),
            rs.getString("received_by"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decided_by"),
            rs.getObject("closed_at", OffsetDateTime.class)), pageArgs.toArray());
    Map<String, String> names = officers.of(rows.stream().flatMap(r -> Stream.of(r.receivedBy(), r.decidedBy()))
        .toList());
    return new CasePage(total == null ? 0 : total, search.page(), search.size(), rows.stream()
        .map(r -> new CaseRow(r.caseNumber(), r.itemCode(), r.itemName(), r.applicantName(), r.applicantId(), r.status(),
            r.statusLabel(), r.receivedAt(), name(names, r.receivedBy()), r.decidedAt(), name(names, r.decidedBy()),
            r.closedAt(), r.finished()))
        .toList());
  }

  /** The case's timeline, or empty when there is no such case. */
  public Optional<Timeline> timeline(String caseNumber) {
    return caseFiles.find(caseNumber).map(c -> new Timeline(row(c), c.catalogueVersion(), entries(c)));
  }

  /**
   * The engine's history and the project's records of the case, oldest first (a tie keeps this order: the receipt,
   * the engine's stages, variables and steps, then the records), the officers named.
   */
  private List<Entry> entries(CaseFile c) {
    List<Entry> entries = new ArrayList<>();
    entries.add(records.receipt(c));
    entries.addAll(engineHistory.of(c));
    entries.addAll(records.after(c));
    sources.orderedStream().forEach(source -> entries.addAll(source.entries(c.caseNumber())));
    entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
    Map<String, String> names = officers.of(entries.stream().flatMap(e -> Stream.of(e.officer(), e.claimedBy(),
        e.completedBy())).toList());
    return entries.stream().map(e -> new Entry(e.at(), e.type(), e.title(), name(names, e.officer()), e.detail(),
        name(names, e.claimedBy()), e.claimedAt(), name(names, e.completedBy()), e.completedAt())).toList();
  }

  private CaseRow row(CaseFile c) {
    return row(c.caseNumber(), c.itemCode(), c.applicantName(), c.applicantId(), c.status().name(), c.receivedAt(),
        c.receivedBy(), c.decidedAt(), c.decidedBy(), c.closedAt());
  }

  private CaseRow row(String caseNumber, String itemCode, String applicantName, String applicantId,
      String status, OffsetDateTime receivedAt, String receivedBy, OffsetDateTime decidedAt, String decidedBy,
      OffsetDateTime closedAt) {
    String itemName = catalogue.find(itemCode).map(ApprovalItem::name).orElse(itemCode);
    return new CaseRow(caseNumber, itemCode, itemName, applicantName, applicantId, status, CaseStatus.valueOf(status).label(),
        receivedAt, receivedBy, decidedAt, decidedBy, closedAt, closedAt != null);
  }
}
