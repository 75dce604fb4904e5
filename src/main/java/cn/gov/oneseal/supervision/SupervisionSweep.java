package cn.gov.oneseal.supervision;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf;
import static cn.gov.oneseal.calendar.WorkingDayCalendar.endOfDay;
import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.CaseClocks;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.clock.YellowPoints;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 电子监察: raises the cards that are due. For each running case clock: yellow from the promised
 * deadline's yellow point, red once the promised deadline has passed, severe red once the statutory
 * deadline has passed. For each open task with a stage deadline: yellow from its follow-up date (the
 * stage's yellow point), red once its due date has passed. A case whose clock is stopped gets no new
 * cards. Each card is recorded once (a unique index makes concurrent sweeps on several nodes safe)
 * and opens a 督办 task for the supervisor group (process {@value #HANDLE_PROCESS}). A publication (双公示) not
 * acknowledged by the credit platform within its limit ({@link LatePublications}) gets a 公示逾期 card.
 */
@Component
public class SupervisionSweep {

  public static final String HANDLE_PROCESS = ProcessKeys.HANDLE_CARD;
  /** The stage a 公示逾期 card names. */
  public static final String PUBLICATION_STAGE = "双公示推送";
  private static final Logger LOG = LoggerFactory.getLogger(SupervisionSweep.class);

  private final CaseClocks caseClocks;
  private final ClockService clocks;
  private final YellowPoints yellowPoints;
  private final WorkingDayCalendar calendar;
  private final Cards cards;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final CaseTaskNames taskNames;
  private final ObjectProvider<LatePublications> latePublications;

  public SupervisionSweep(CaseClocks caseClocks, ClockService clocks, YellowPoints yellowPoints,
      WorkingDayCalendar calendar, Cards cards, CaseFiles caseFiles, ItemCatalogue catalogue, TaskService taskService,
      RuntimeService runtimeService, TransactionTemplate transactions, CaseTaskNames taskNames,
      ObjectProvider<LatePublications> latePublications) {
    this.latePublications = latePublications;
    this.caseClocks = caseClocks;
    this.clocks = clocks;
    this.yellowPoints = yellowPoints;
    this.calendar = calendar;
    this.cards = cards;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.transactions = transactions;
    this.taskNames = taskNames;
  }

  /** Raises every card due now and returns the new ones. */
  public List<Card> sweep() {
    Date now = ClockUtil.getCurrentTime();
    LocalDate today = dayOf(now);
    List<Card> raised = new ArrayList<>();

    for (String caseNumber : caseClocks.inState(ClockService.RUNNING)) {
      CaseClock clock = clocks.clock(caseNumber);
      int promisedLimit = calendar.workingDaysBetween(clock.startDay(), clock.promisedDue());
      if (!today.isBefore(yellowPoints.yellowDay(clock.startDay(), promisedLimit))) {
        raise(caseNumber, Card.CASE_SCOPE, "承诺时限", null, CardKind.YELLOW, endOfDay(clock.promisedDue()), null, raised);
      }
      if (today.isAfter(clock.promisedDue())) {
        raise(caseNumber, Card.CASE_SCOPE, "承诺时限", null, CardKind.RED, endOfDay(clock.promisedDue()), null, raised);
      }
      if (today.isAfter(clock.statutoryDue())) {
        raise(caseNumber, Card.CASE_SCOPE, "法定时限", null, CardKind.SEVERE_RED, endOfDay(clock.statutoryDue()), null,
            raised);
      }
    }

    Set<String> stopped = new HashSet<>(caseClocks.inState(ClockService.STOPPED));
    List<Task> yellow = taskService.createTaskQuery().followUpBefore(now).list();
    List<Task> red = taskService.createTaskQuery().dueBefore(now).list();
    Map<String, String> caseOfInstance = businessKeys(yellow, red);
    for (Task task : yellow) {
      String caseNumber = caseOfInstance.get(task.getProcessInstanceId());
      if (caseNumber != null && !stopped.contains(caseNumber)) {
        raise(caseNumber, task.getId(), taskNames.stage(task), task.getId(), CardKind.YELLOW, task.getDueDate(), task, raised);
      }
    }
    for (Task task : red) {
      String caseNumber = caseOfInstance.get(task.getProcessInstanceId());
      if (caseNumber != null && !stopped.contains(caseNumber)) {
        raise(caseNumber, task.getId(), taskNames.stage(task), task.getId(), CardKind.RED, task.getDueDate(), task, raised);
      }
    }
    latePublications.orderedStream().flatMap(source -> source.late(now).stream()).forEach(late -> raise(
        late.caseNumber(), late.scope(), PUBLICATION_STAGE, null, CardKind.PUBLICATION_LATE, late.deadline(), null,
        raised));
    if (!raised.isEmpty()) {
      LOG.info("e-supervision: {} new cards", raised.size());
    }
    return raised;
  }

  /**
   * Records an event that supervisors must see although no deadline of the clock is involved (e.g. a
   * case accepted because the window let the five working days pass): a red card with its 督办 task.
   */
  public void recordEvent(String caseNumber, String scope, String stage, Date deadline) {
    raise(caseNumber, scope, stage, null, CardKind.RED, deadline, null, new ArrayList<>());
  }

  private Map<String, String> businessKeys(Collection<Task> yellow, Collection<Task> red) {
    Set<String> instances = new HashSet<>();
    yellow.forEach(t -> instances.add(t.getProcessInstanceId()));
    red.forEach(t -> instances.add(t.getProcessInstanceId()));
    instances.remove(null);
    Map<String, String> keys = new HashMap<>();
    if (!instances.isEmpty()) {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(instances).list()) {
        if (instance.getBusinessKey() != null && caseFiles.find(instance.getBusinessKey()).isPresent()) {
          keys.put(instance.getId(), instance.getBusinessKey());
        }
      }
    }
    return keys;
  }

  private void raise(String caseNumber, String scope, String stage, String taskId, CardKind kind, Date deadline,
      Task task, List<Card> raised) {
    if (cards.exists(caseNumber, scope, kind)) {
      return;
    }
    CaseFile file = caseFiles.get(caseNumber);
    Collection<Task> responsible = task != null ? List.of(task)
        : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
            .filter(t -> !t.getProcessDefinitionId().startsWith(HANDLE_PROCESS + ":")).toList();
    Set<String> groups = new TreeSet<>();
    Set<String> officers = new TreeSet<>();
    for (Task t : responsible) {
      taskService.getIdentityLinksForTask(t.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .forEach(link -> groups.add(link.getGroupId()));
      if (t.getAssignee() != null) {
        officers.add(t.getAssignee());
      }
    }
    Card card = new Card(0, caseNumber, file.itemCode(), file.bureauId(), scope, stage, taskId, kind,
        offsetOf(deadline), offsetOf(ClockUtil.getCurrentTime()), String.join(",", groups), String.join(",", officers),
        "OPEN", null, null, null);
    try {
      Card saved = transactions.execute(status -> {
        long id = cards.insert(card);
        String summary = kind.label() + "：" + catalogue.get(file.itemCode()).name() + " " + caseNumber + "（"
            + file.applicantName() + "）" + stage + "截止 " + dayOf(deadline) + "；责任组 "
            + (groups.isEmpty() ? "—" : String.join("、", groups)) + "；经办人 "
            + (officers.isEmpty() ? "未认领" : String.join("、", officers));
        runtimeService.createProcessInstanceByKey(HANDLE_PROCESS).businessKey(caseNumber)
            .setVariables(Variables.createVariables().putValue(CaseVariables.CARD_ID, id).putValue(CaseVariables.CARD_SUMMARY, summary)
                .putValue(CaseVariables.BUREAU_ID, file.bureauId()).putValue(CaseVariables.CASE_NUMBER, caseNumber)
                .putValue(CaseVariables.CARD_TITLE, kind.label() + " · " + stage + " · " + caseNumber + " · " + file.applicantName()))
            .execute();
        return cards.find(id).orElseThrow();
      });
      raised.add(saved);
    } catch (DuplicateKeyException alreadyRaisedElsewhere) {
      LOG.debug("card {} {} {} raised by another node", caseNumber, scope, kind);
    }
  }
}
