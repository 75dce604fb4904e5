package cn.gov.oneseal.clock;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Stage;
import java.util.Date;
import cn.gov.oneseal.casefile.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working-day deadlines of a case, from the item's limits in the catalogue and the working-day
 * calendar. "Now" is the engine clock, so tests can move time. Used in the models as
 * {@code camunda:dueDate="${deadlines.stageDue(execution, 'review')}"}.
 */
@Component("deadlines")
public class Deadlines {

  /** Variable holding the item code (= process key of the item) in every stage. */
  public static final String ITEM_CODE = "itemCode";

  /** Licensing Law art. 32: no decision and no correction notice within 5 WD of receipt means accepted. */
  public static final int DEEMED_ACCEPTANCE_WORKING_DAYS = 5;

  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final CaseFiles caseFiles;

  public Deadlines(ItemCatalogue catalogue, WorkingDayCalendar calendar, CaseFiles caseFiles) {
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.caseFiles = caseFiles;
  }

  /** The end of the fifth working day after receipt: then the case counts as accepted. */
  public Date deemedAcceptance(DelegateExecution execution) {
    Date receivedAt = Date.from(caseFiles.get(execution.getProcessBusinessKey()).receivedAt().toInstant());
    return calendar.deadline(receivedAt, DEEMED_ACCEPTANCE_WORKING_DAYS);
  }

  /** The end of today if it is a working day, else of the next working day: a decision on the spot. */
  public Date sameWorkingDay() {
    Date now = ClockUtil.getCurrentTime();
    return calendar.isWorkingDay(WorkingDayCalendar.dayOf(now)) ? calendar.deadline(now, 0) : calendar.deadline(now, 1);
  }

  /**
   * The end of the stage's last working day, counted from now: the stage limit of the catalogue version the case
   * was registered under.
   */
  public Date stageDue(VariableScope scope, String stageKey) {
    return calendar.deadline(ClockUtil.getCurrentTime(), itemOf(scope).stageLimit(Stage.of(stageKey)));
  }

  /** The item of the case (its business key) as the catalogue version it was registered under has it. */
  public ApprovalItem itemOf(VariableScope scope) {
    String code = (String) scope.getVariable(ITEM_CODE);
    String caseNumber = scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey()
        : scope instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey() : null;
    return (caseNumber == null ? java.util.Optional.<cn.gov.oneseal.casefile.CaseFile>empty() : caseFiles.find(caseNumber))
        .map(file -> catalogue.get(code, file.catalogueVersion())).orElseGet(() -> catalogue.get(code));
  }

}
