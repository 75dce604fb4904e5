package cn.gov.oneseal.clock;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Stage;
import java.util.Date;
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

  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;

  public Deadlines(ItemCatalogue catalogue, WorkingDayCalendar calendar) {
    this.catalogue = catalogue;
    this.calendar = calendar;
  }

  /** The end of the stage's last working day, counted from now. */
  public Date stageDue(VariableScope scope, String stageKey) {
    ApprovalItem item = catalogue.get((String) scope.getVariable(ITEM_CODE));
    return calendar.deadline(ClockUtil.getCurrentTime(), item.stageLimit(Stage.of(stageKey)));
  }

}
