package cn.gov.oneseal.complaint;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open complaints as e-supervision watches them: where each stands (the step and who holds it), its deadline and
 * the worst card on that step; the most urgent first (red, yellow, then by deadline).
 */
@Component
class OpenComplaints {

  private final Complaints complaints;
  private final ComplaintCards cards;
  private final ProcessEngine engine;
  private final CaseTaskNames taskNames;

  OpenComplaints(Complaints complaints, ComplaintCards cards, ProcessEngine engine, CaseTaskNames taskNames) {
    this.complaints = complaints;
    this.cards = cards;
    this.engine = engine;
    this.taskNames = taskNames;
  }

  /** The open complaints of the bureaus the reader sees, but those that name the reader (回避). */
  List<ComplaintViews.Open> of(Predicate<String> bureauVisible, String reader) {
    return AsSystem.call(engine, () -> {
      List<ComplaintViews.Open> open = new ArrayList<>();
      for (Complaint c : complaints.open()) {
        if (!bureauVisible.test(c.bureauId()) || c.namedOfficer() != null && c.namedOfficer().equals(reader)) {
          continue;
        }
        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(ComplaintProcess.KEY)
            .processInstanceBusinessKey(c.number()).list().stream()
            .filter(t -> !"Task_GiveStatement".equals(t.getTaskDefinitionKey())).findFirst().orElse(null);
        String step = task == null ? "等待投诉人回复" : taskNames.stage(task);
        String holder = task == null ? null : task.getAssignee() != null ? task.getAssignee()
            : ("Task_ReviewComplaint".equals(task.getTaskDefinitionKey()) ? "局负责人" : "电子监察") + "（未认领）";
        String worst = task == null ? null : cards.of(c.id()).stream()
            .filter(card -> card.step().equals(task.getTaskDefinitionKey()))
            .map(ComplaintCards.Card::kind).max(Comparator.naturalOrder()).map(ComplaintCards.Kind::label)
            .orElse(null);
        open.add(new ComplaintViews.Open(c.number(), c.bureauId(), c.caseNumber(), c.kind().label(), c.complainant(),
            c.status().name(), c.status().label(), step, holder, task == null || task.getDueDate() == null
                ? c.replyDue() : WorkingDayCalendar.offsetOf(task.getDueDate()), worst,
            c.urgent(), c.filedAt()));
      }
      open.sort(Comparator.comparingInt((ComplaintViews.Open o) -> "红牌".equals(o.worstCard()) ? 0
          : "黄牌".equals(o.worstCard()) ? 1 : 2).thenComparing(ComplaintViews.Open::due,
          Comparator.nullsLast(Comparator.naturalOrder())));
      return open;
    });
  }
}
