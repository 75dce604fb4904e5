package cn.gov.oneseal.audit;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormLabels;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.portal.MaterialFiles;
import cn.gov.oneseal.access.RoleSetup;
import cn.gov.oneseal.supervision.Card;
import cn.gov.oneseal.supervision.Cards;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The auditors' read-only view of cases (办件历史): a paged search over the project's case table, finished
 * and running alike, and one case's timeline merged from the engine's history (the case's process and its
 * called stages, with the changes of the key variables) and the project's records (opinions, clock, cards, notices, materials).
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

    static Entry of(OffsetDateTime at, String type, String title, String officer, String detail) {
      return new Entry(at, type, title, officer, detail, null, null, null, null);
    }
  }

  /** A case with its timeline. */
  public record Timeline(CaseRow caseFile, List<Entry> entries) {}

  /** The stages of case_opinion as an auditor reads them; others are shown as recorded. */
  static final Map<String, String> STAGES = Map.ofEntries(Map.entry("intake", "受理"), Map.entry("review", "审查"),
      Map.entry("signFor", "监管签收"),
      Map.entry("decision", "决定"), Map.entry("survey", "勘验"), Map.entry("opinions", "部门"),
      Map.entry("delivery", "送达"), Map.entry("forward", "报送"), Map.entry("extension", "延期"),
      Map.entry("followUp", "跟踪"), Map.entry("rating", "评价"), Map.entry("wrongApproval", "错误审批"),
      Map.entry("special", "特别程序"));

  /** The commonest decisions of case_opinion; others are shown as recorded. */
  static final Map<String, String> DECISIONS = Map.ofEntries(Map.entry("accept", "受理"),
      Map.entry("reject", "不予受理"), Map.entry("correction", "补正"), Map.entry("commitment", "告知承诺"),
      Map.entry("grant", "准予许可"), Map.entry("deny", "不予许可"), Map.entry("pass", "通过"),
      Map.entry("fail", "不通过"), Map.entry("agree", "同意"), Map.entry("disagree", "不同意"),
      Map.entry("deemedAgree", "视为同意"), Map.entry("scheduled", "已安排"), Map.entry("forwarded", "已报送"),
      Map.entry("signed", "已签收"), Map.entry("WINDOW", "窗口领取"), Map.entry("POST", "邮寄送达"),
      Map.entry("ELECTRONIC", "电子送达"), Map.entry("revoke", "撤销行政许可"), Map.entry("change", "变更行政许可"),
      Map.entry("cancel", "注销行政许可"), Map.entry("keep", "维持行政许可"), Map.entry("approve", "批准"),
      Map.entry("refuse", "不予批准"), Map.entry("met", "符合"), Map.entry("notMet", "不符合"),
      Map.entry("reached", "已联系到申请人"), Map.entry("notReached", "未能联系到申请人"),
      Map.entry("released", "容缺补齐后发证"));

  /** The variables whose changes steer a case (the gateways' conditions); their changes are in the timeline. */
  static final Map<String, String> KEY_VARIABLES = Map.ofEntries(Map.entry("intakeDecision", "受理决定"),
      Map.entry("reviewAction", "审查处理"), Map.entry("reviewRecommendation", "审查建议"),
      Map.entry("decision", "审批决定"), Map.entry("surveyResult", "勘验结论"),
      Map.entry("deficiencyPending", "容缺待补正"), Map.entry("verificationResult", "核查结论"),
      Map.entry("licenceNumber", "许可证编号"));

  private static final String COLUMNS = """
      c.case_number, c.item_code, c.applicant_name, c.applicant_id, c.status, c.received_at, c.received_by,
      c.decided_at, c.decided_by, c.closed_at""";

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final JdbcTemplate jdbc;
  private final CaseFiles caseFiles;
  private final HistoryService history;
  private final ClockService clocks;
  private final Cards cards;
  private final NoticeService notices;
  private final MaterialFiles materials;
  private final ItemCatalogue catalogue;
  private final RoleSetup roles;
  private final FormLabels formLabels;
  private final IdentityService identity;

  public CaseHistory(JdbcTemplate jdbc, CaseFiles caseFiles, HistoryService history, ClockService clocks,
      Cards cards, NoticeService notices, MaterialFiles materials, ItemCatalogue catalogue, RoleSetup roles,
      FormLabels formLabels, IdentityService identity) {
    this.catalogue = catalogue;
    this.roles = roles;
    this.formLabels = formLabels;
    this.identity = identity;
    this.jdbc = jdbc;
    this.caseFiles = caseFiles;
    this.history = history;
    this.clocks = clocks;
    this.cards = cards;
    this.notices = notices;
    this.materials = materials;
  }

  public CasePage search(CaseSearch search) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (search.caseNumber() != null) {
      where.append(" and c.case_number = ?");
      args.add(search.caseNumber());
    }
    if (search.applicant() != null) {
      where.append(" and (c.applicant_id = ? or c.applicant_name like ?)");
      args.add(search.applicant());
      args.add("%" + search.applicant().replace("%", "").replace("_", "") + "%");
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
    Map<String, String> names = names(rows.stream().flatMap(r -> Stream.of(r.receivedBy(), r.decidedBy())).toList());
    return new CasePage(total == null ? 0 : total, search.page(), search.size(), rows.stream()
        .map(r -> new CaseRow(r.caseNumber(), r.itemCode(), r.itemName(), r.applicantName(), r.applicantId(), r.status(),
            r.statusLabel(), r.receivedAt(), name(names, r.receivedBy()), r.decidedAt(), name(names, r.decidedBy()),
            r.closedAt(), r.finished()))
        .toList());
  }

  /** The case's timeline, or empty when there is no such case. */
  public Optional<Timeline> timeline(String caseNumber) {
    return caseFiles.find(caseNumber).map(c -> new Timeline(row(c), entries(c)));
  }

  private List<Entry> entries(CaseFile c) {
    List<Entry> entries = new ArrayList<>();
    entries.add(Entry.of(c.receivedAt(), "收件", "收件登记", c.receivedBy(),
        c.applicantName() + " 申请" + catalogue.find(c.itemCode()).map(ApprovalItem::name).orElse(c.itemCode())));
    steps(c, entries);
    for (Opinion o : caseFiles.opinions(c.caseNumber())) {
      entries.add(Entry.of(o.recordedAt(), "意见", STAGES.getOrDefault(o.stage(), o.stage()) + "意见："
          + DECISIONS.getOrDefault(o.decision(), o.decision()), o.officerId(), o.opinion()));
    }
    if (c.decidedAt() != null) {
      entries.add(Entry.of(c.decidedAt(), "决定", "决定：" + DECISIONS.getOrDefault(c.decision(), c.status().label()), c.decidedBy(),
          c.licenceNumber() == null ? c.outcomeReasons() : "许可证编号 " + c.licenceNumber()));
    }
    clock(c.caseNumber(), entries);
    for (Card card : cards.ofCase(c.caseNumber())) {
      String responsible = roles.namesOf(card.responsibleGroup());
      entries.add(Entry.of(card.raisedAt(), "督办", card.kind().label() + "（" + card.stage() + "）",
          card.responsibleOfficer(), "时限 " + MINUTE.format(card.deadline().atZoneSameInstant(WorkingDayCalendar.ZONE))
              + "，责任部门/岗位 " + (responsible.isEmpty() ? "—" : responsible)));
      if (card.handledAt() != null) {
        entries.add(Entry.of(card.handledAt(), "督办", card.kind().label() + " 已处理", card.handledBy(),
            card.handlingOpinion()));
      }
    }
    for (Notice n : notices.ofCase(c.caseNumber())) {
      entries.add(Entry.of(n.createdAt(), "文书", n.title(), null, n.fileName()));
    }
    for (MaterialFiles.MaterialFile m : materials.ofCase(c.caseNumber())) {
      entries.add(Entry.of(m.submittedAt(), "材料", m.materialName() + "（" + m.purpose().label() + "）", null,
          m.fileName()));
    }
    entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
    return named(entries);
  }

  /** The officers as auditors know them: "王强（reviewer1）" for a known user, the id as recorded otherwise. */
  private List<Entry> named(List<Entry> entries) {
    Map<String, String> names = names(entries.stream().flatMap(e -> Stream.of(e.officer(), e.claimedBy(),
        e.completedBy())).toList());
    return entries.stream().map(e -> new Entry(e.at(), e.type(), e.title(), name(names, e.officer()), e.detail(),
        name(names, e.claimedBy()), e.claimedAt(), name(names, e.completedBy()), e.completedAt())).toList();
  }

  /** User id → "王强（reviewer1）" for the known users among the ids. */
  private Map<String, String> names(List<String> userIds) {
    Set<String> ids = new HashSet<>();
    userIds.stream().filter(Objects::nonNull).forEach(ids::add);
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
          .filter(u -> u.getFirstName() != null && !u.getFirstName().isBlank())
          .forEach(u -> names.put(u.getId(), u.getFirstName() + "（" + u.getId() + "）"));
    }
    return names;
  }

  private static String name(Map<String, String> names, String id) {
    return id == null ? null : names.getOrDefault(id, id);
  }

  /** Every user task of the case's process and its called stages, with who claimed and completed it. */
  private void steps(CaseFile c, List<Entry> entries) {
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    if (c.processInstanceId() != null) {
      history.createHistoricProcessInstanceQuery().rootProcessInstanceId(c.processInstanceId()).list()
          .forEach(p -> instances.put(p.getId(), p));
    }
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber()).list()
        .forEach(p -> instances.putIfAbsent(p.getId(), p));
    for (HistoricProcessInstance p : instances.values()) {
      String stage = p.getProcessDefinitionName() != null ? p.getProcessDefinitionName() : p.getProcessDefinitionKey();
      if (!p.getId().equals(c.processInstanceId())) {
        entries.add(Entry.of(at(p.getStartTime()), "阶段", "阶段开始：" + stage, p.getStartUserId(), null));
      }
      variableChanges(p, stage, entries);
      for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(p.getId())
          .orderByHistoricActivityInstanceStartTime().asc().list()) {
        List<HistoricIdentityLinkLog> claims = history.createHistoricIdentityLinkLogQuery().taskId(t.getId())
            .type(IdentityLinkType.ASSIGNEE).operationType("add").orderByTime().asc().list();
        HistoricIdentityLinkLog claim = claims.isEmpty() ? null : claims.get(claims.size() - 1);
        boolean completed = t.getEndTime() != null && "completed".equals(t.getDeleteReason());
        String state = t.getEndTime() == null ? "办理中" : completed ? "已完成" : "已结束（" + t.getDeleteReason() + "）";
        entries.add(new Entry(at(t.getStartTime()), "步骤", t.getName(), t.getAssignee(), stage + " · " + state,
            claim == null ? null : claim.getUserId(), claim == null ? null : at(claim.getTime()),
            completed ? t.getAssignee() : null, completed ? at(t.getEndTime()) : null));
      }
    }
  }

  private void variableChanges(HistoricProcessInstance p, String stage, List<Entry> entries) {
    for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(p.getId()).variableUpdates()
        .orderPartiallyByOccurrence().asc().list()) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      String label = KEY_VARIABLES.get(u.getVariableName());
      if (label != null) {
        entries.add(Entry.of(at(u.getTime()), "变量", label + " = " + shown(u.getVariableName(), u.getValue()), null,
            stage + " · " + u.getVariableName()));
      }
    }
  }

  /** A key variable's value in the commonest decisions' words, else as its form showed it, else as stored. */
  private String shown(String variable, Object value) {
    if (value == null) {
      return "（已清除）";
    }
    if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    String stored = value.toString();
    return DECISIONS.containsKey(stored) ? DECISIONS.get(stored) : formLabels.label(variable, stored).orElse(stored);
  }

  private void clock(String caseNumber, List<Entry> entries) {
    if (!clocks.exists(caseNumber)) {
      return;
    }
    CaseClock clock = clocks.clock(caseNumber);
    for (CaseClock.Stop s : clock.stops()) {
      entries.add(Entry.of(s.startedAt(), "计时", "停止计时：" + s.reason().label(), s.startedBy(), s.description()));
      if (s.endedAt() != null) {
        entries.add(Entry.of(s.endedAt(), "计时", "恢复计时：" + s.reason().label(), null,
            s.pausedDays() == null ? null : "暂停 " + s.pausedDays() + " 个工作日"));
      }
    }
    CaseClock.Extension e = clock.extension();
    if (e != null) {
      entries.add(Entry.of(e.requestedAt(), "延期", "申请延期 " + e.days() + " 个工作日", e.requestedBy(), e.reason()));
      if (e.decidedAt() != null) {
        entries.add(Entry.of(e.decidedAt(), "延期", "延期审批：" + e.status(), e.decidedBy(), e.decisionOpinion()));
      }
    }
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

  private static OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
  }
}
