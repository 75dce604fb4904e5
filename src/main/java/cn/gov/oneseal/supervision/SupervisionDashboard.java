package cn.gov.oneseal.supervision;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf;
import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.CaseClocks;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.access.RoleSetup;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The e-supervision dashboard (电子监察看板) in Cockpit: the open cards with their cases, the overdue steps by
 * the department (group) that holds them, the overdue cases by the item's department, and the statistics of a
 * period. Overdue is judged like the sweep that raises the cards: a step whose due date has passed, a case whose
 * running clock is past its promised (超期) or statutory (严重超期) deadline; a stopped clock counts nothing.
 */
@Component
public class SupervisionDashboard {

  /** Open cards listed at most; the counts always cover all of them. */
  static final int MAX_CARDS = 200;

  public record Dashboard(OffsetDateTime asOf, LocalDate from, LocalDate to, List<KindCount> cardCounts,
      int openCards, List<OpenCard> cards, List<GroupOverdue> overdueByGroup,
      List<DepartmentOverdue> overdueCasesByDepartment, List<Statistics.Row> statistics,
      List<Statistics.OfficerReturns> returnsByOfficer) {}

  public record KindCount(CardKind kind, String label, int count) {}

  public record OpenCard(long id, String caseNumber, String itemName, String applicantName, String stage,
      CardKind kind, String kindLabel, OffsetDateTime deadline, OffsetDateTime raisedAt, String responsible,
      String officer) {}

  /** Overdue steps held by one group: how many steps and of how many cases. */
  public record GroupOverdue(String group, String name, int tasks, int cases) {}

  /** Cases past the promised deadline (and of those, past the statutory one) by the item's department. */
  public record DepartmentOverdue(String department, int overdue, int severelyOverdue) {}

  private final JdbcTemplate jdbc;
  private final CaseClocks caseClocks;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ClockService clocks;
  private final ItemCatalogue catalogue;
  private final RoleSetup roles;
  private final Statistics statistics;

  public SupervisionDashboard(JdbcTemplate jdbc, CaseClocks caseClocks, TaskService taskService,
      RuntimeService runtimeService, ClockService clocks, ItemCatalogue catalogue, RoleSetup roles,
      Statistics statistics) {
    this.jdbc = jdbc;
    this.caseClocks = caseClocks;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.clocks = clocks;
    this.catalogue = catalogue;
    this.roles = roles;
    this.statistics = statistics;
  }

  /** The dashboard for a caller who sees the bureaus {@code bureauVisible} accepts; statistics of [from, to]. */
  public Dashboard compute(LocalDate from, LocalDate to, Predicate<String> bureauVisible) {
    Date now = ClockUtil.getCurrentTime();
    Map<String, String> groupNames = roles.groups();
    List<OpenCard> cards = openCards(bureauVisible);
    List<KindCount> counts = Arrays.stream(CardKind.values())
        .map(kind -> new KindCount(kind, kind.label(), (int) cards.stream().filter(c -> c.kind() == kind).count()))
        .toList();
    return new Dashboard(offsetOf(now), from, to, counts, cards.size(),
        cards.subList(0, Math.min(MAX_CARDS, cards.size())), overdueByGroup(now, bureauVisible, groupNames),
        overdueCases(now, bureauVisible), statistics.compute(from, to, null, null, bureauVisible),
        statistics.returnsByOfficer(from, to, bureauVisible));
  }

  private List<OpenCard> openCards(Predicate<String> bureauVisible) {
    Map<CardKind, Integer> severity = Map.of(CardKind.SEVERE_RED, 0, CardKind.RED, 1,
        CardKind.PUBLICATION_LATE, 1, CardKind.YELLOW, 2);
    return jdbc.query("""
        select c.id, c.case_number, c.item_code, c.bureau_id, c.stage, c.kind, c.deadline, c.raised_at,
          c.responsible_group, c.responsible_officer, f.applicant_name
        from supervision_card c left join case_file f on f.case_number = c.case_number
        where c.status = 'OPEN'""", (rs, i) -> {
          if (!bureauVisible.test(rs.getString("bureau_id"))) {
            return null;
          }
          CardKind kind = CardKind.valueOf(rs.getString("kind"));
          String responsible = roles.namesOf(rs.getString("responsible_group"));
          return new OpenCard(rs.getLong("id"), rs.getString("case_number"),
              catalogue.find(rs.getString("item_code")).map(ApprovalItem::name).orElse(rs.getString("item_code")),
              rs.getString("applicant_name"), rs.getString("stage"), kind, kind.label(),
              rs.getObject("deadline", OffsetDateTime.class), rs.getObject("raised_at", OffsetDateTime.class),
              responsible, rs.getString("responsible_officer"));
        }).stream().filter(c -> c != null)
        .sorted(Comparator.comparing((OpenCard c) -> severity.get(c.kind()))
            .thenComparing(OpenCard::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(OpenCard::id))
        .toList();
  }

  private List<GroupOverdue> overdueByGroup(Date now, Predicate<String> bureauVisible, Map<String, String> names) {
    Set<String> stopped = new HashSet<>(caseClocks.inState(ClockService.STOPPED));
    List<Task> overdue = taskService.createTaskQuery().dueBefore(now).list().stream()
        .filter(t -> t.getTenantId() == null || bureauVisible.test(t.getTenantId()))
        .filter(t -> !t.getProcessDefinitionId().startsWith(SupervisionSweep.HANDLE_PROCESS + ":"))
        .toList();
    Map<String, String> caseOfInstance = new HashMap<>();
    Set<String> instances = overdue.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
        .collect(Collectors.toSet());
    if (!instances.isEmpty()) {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(instances).list()) {
        if (instance.getBusinessKey() != null) {
          caseOfInstance.put(instance.getId(), instance.getBusinessKey());
        }
      }
    }
    Map<String, int[]> tasksPerGroup = new TreeMap<>();
    Map<String, Set<String>> casesPerGroup = new HashMap<>();
    for (Task task : overdue) {
      String caseNumber = caseOfInstance.get(task.getProcessInstanceId());
      if (caseNumber == null || stopped.contains(caseNumber)) {
        continue;
      }
      taskService.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(link -> link.getGroupId()).distinct()
          .forEach(group -> {
            tasksPerGroup.computeIfAbsent(group, g -> new int[1])[0]++;
            casesPerGroup.computeIfAbsent(group, g -> new HashSet<>()).add(caseNumber);
          });
    }
    List<GroupOverdue> rows = new ArrayList<>();
    tasksPerGroup.forEach((group, count) ->
        rows.add(new GroupOverdue(group, names.getOrDefault(group, group), count[0], casesPerGroup.get(group).size())));
    rows.sort(Comparator.comparingInt(GroupOverdue::tasks).reversed().thenComparing(GroupOverdue::group));
    return rows;
  }

  private List<DepartmentOverdue> overdueCases(Date now, Predicate<String> bureauVisible) {
    LocalDate today = dayOf(now);
    record Running(String caseNumber, String itemCode) {}
    List<Running> running = jdbc.query("""
        select k.case_number, f.item_code, f.bureau_id from case_clock k join case_file f on f.case_number = k.case_number
        where k.state = ?""", (rs, i) -> bureauVisible.test(rs.getString("bureau_id"))
            ? new Running(rs.getString("case_number"), rs.getString("item_code")) : null, ClockService.RUNNING);
    Map<String, int[]> perDepartment = new LinkedHashMap<>();
    for (Running c : running) {
      if (c == null) {
        continue;
      }
      CaseClock clock = clocks.clock(c.caseNumber());
      if (!today.isAfter(clock.promisedDue())) {
        continue;
      }
      String department = catalogue.find(c.itemCode()).map(ApprovalItem::regulatorDepartment).orElse(c.itemCode());
      int[] row = perDepartment.computeIfAbsent(department, d -> new int[2]);
      row[0]++;
      if (today.isAfter(clock.statutoryDue())) {
        row[1]++;
      }
    }
    List<DepartmentOverdue> rows = new ArrayList<>();
    perDepartment.forEach((department, row) -> rows.add(new DepartmentOverdue(department, row[0], row[1])));
    rows.sort(Comparator.comparingInt(DepartmentOverdue::overdue).reversed()
        .thenComparing(DepartmentOverdue::department));
    return rows;
  }
}
