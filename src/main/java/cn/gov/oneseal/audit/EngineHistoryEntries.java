package cn.gov.oneseal.audit;

import static cn.gov.oneseal.audit.HistoryWords.DECISIONS;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.audit.CaseHistory.Entry;
import cn.gov.oneseal.form.FormLabels;
import cn.gov.oneseal.process.KeyVariables;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * A case's timeline from the engine's history: the case's process and its called stages, each stage's start, the
 * changes of the key variables (the only variables whose changes the engine's history keeps:
 * process/KeyVariableHistory), and every user task with who claimed and completed it.
 */
@Component
class EngineHistoryEntries {

  private final HistoryService history;
  private final FormLabels formLabels;

  EngineHistoryEntries(HistoryService history, FormLabels formLabels) {
    this.history = history;
    this.formLabels = formLabels;
  }

  /** The case's stages, key variable changes and steps, process by process. */
  List<Entry> of(CaseFile c) {
    Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
    if (c.processInstanceId() != null) {
      history.createHistoricProcessInstanceQuery().rootProcessInstanceId(c.processInstanceId()).list()
          .forEach(p -> instances.put(p.getId(), p));
    }
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(c.caseNumber()).list()
        .forEach(p -> instances.putIfAbsent(p.getId(), p));
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance p : instances.values()) {
      String stage = p.getProcessDefinitionName() != null ? p.getProcessDefinitionName() : p.getProcessDefinitionKey();
      if (!p.getId().equals(c.processInstanceId())) {
        entries.add(Entry.of(at(p.getStartTime()), "阶段", "阶段开始：" + stage, p.getStartUserId(), null));
      }
      variableChanges(p, stage, entries);
      steps(p, stage, entries);
    }
    return entries;
  }

  /** Every user task of the process, with who claimed and completed it. */
  private void steps(HistoricProcessInstance p, String stage, List<Entry> entries) {
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

  private void variableChanges(HistoricProcessInstance p, String stage, List<Entry> entries) {
    for (HistoricDetail d : history.createHistoricDetailQuery().processInstanceId(p.getId()).variableUpdates()
        .orderPartiallyByOccurrence().asc().list()) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      String label = KeyVariables.LABELS.get(u.getVariableName());
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

  private static OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
  }
}
