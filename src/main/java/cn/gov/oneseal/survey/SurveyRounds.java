package cn.gov.oneseal.survey;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.Deadlines;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * Opens a survey round when the lead is asked to schedule one (the first visit, the re-survey after
 * rectification, the survey again after 退回受理 — its rounds go on): the round's deadline is the item's survey limit from now ({@code surveyDue}, the due
 * date of the lead's tasks), and the lead may invite the item's departments and experts — except those
 * that stayed away from an earlier round (缺席默认: they may not ask for another visit).
 */
@Component("surveyRounds")
public class SurveyRounds implements ExecutionListener {

  public static final String ROUND = "surveyRound";
  public static final String DUE = "surveyDue";
  public static final String OPTIONS = "surveyParticipantOptions";

  private final SiteSurveys surveys;
  private final Deadlines deadlines;
  private final ItemCatalogue catalogue;

  public SurveyRounds(SiteSurveys surveys, Deadlines deadlines, ItemCatalogue catalogue) {
    this.surveys = surveys;
    this.deadlines = deadlines;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Number previous = (Number) execution.getVariable(ROUND);
    // a case surveyed again after a return (退回受理) continues its rounds
    int round = previous != null ? previous.intValue() + 1
        : surveys.rounds(caseNumber).stream().mapToInt(SiteSurveys.Survey::round).max().orElse(0) + 1;
    Date due = deadlines.stageDue(execution, "survey");
    surveys.begin(caseNumber, round, WorkingDayCalendar.offsetOf(due));
    execution.setVariable(ROUND, round);
    execution.setVariable(DUE, due);
    execution.setVariable(OPTIONS, Spin.JSON(invitable(item(execution), caseNumber).stream()
        .map(d -> Map.of("label", d.name(), "value", d.group())).toList()));
  }

  /** The departments and experts the lead may invite to this case's next visit. */
  List<ApprovalItem.Department> invitable(ApprovalItem item, String caseNumber) {
    List<String> absent = surveys.deemedAgreeing(caseNumber);
    return item.surveyParticipants().stream().filter(d -> !absent.contains(d.group())).toList();
  }

  /** The multi-instance collection: the groups the lead invited to the current round. */
  public List<String> participants(DelegateExecution execution) {
    return surveys.require(execution.getProcessBusinessKey()).participants();
  }

  ApprovalItem item(DelegateExecution execution) {
    return catalogue.get((String) execution.getVariable(Deadlines.ITEM_CODE));
  }
}
