package cn.gov.oneseal.prepublicity;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.endOfDay;
import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity;
import cn.gov.oneseal.catalogue.ApprovalItem.PrePublicity.DayKind;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.process.CaseVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * 发布批前公示 ({@code ServiceTask_PublishPrePublicity}): records the case's public summary with its period — from now
 * (engine clock) to the end of the last day of the catalogue's period, working days on the calendar (the start day not
 * counted) or calendar days — and gives the end to the stage's timer ({@code prePublicityEnds}). From then on the
 * public API lists it and takes objections.
 */
@Component("prePublicityPublication")
public class PublishPrePublicity implements JavaDelegate {

  private final PrePublicityItems items;
  private final PrePublicities publicities;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;

  PublishPrePublicity(PrePublicityItems items, PrePublicities publicities, CaseFiles caseFiles, ItemCatalogue catalogue,
      WorkingDayCalendar calendar) {
    this.items = items;
    this.publicities = publicities;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    PrePublicity rule = items.rule(caseNumber)
        .orElseThrow(() -> new IllegalStateException("办件 " + caseNumber + " 的事项无须批前公示"));
    CaseFile file = caseFiles.get(caseNumber);
    Date now = ClockUtil.getCurrentTime();
    Date ends = rule.dayKind() == DayKind.WORKING ? calendar.deadline(now, rule.days())
        : endOfDay(WorkingDayCalendar.dayOf(now).plusDays(rule.days()));
    String itemName = catalogue.get(file.itemCode()).name();
    publicities.insert(caseNumber, itemName, PublicSummary.title(file, itemName), PublicSummary.applicant(file),
        PublicSummary.location(file), rule.days(), rule.dayKind(), offsetOf(now), offsetOf(ends));
    execution.setVariable(CaseVariables.PRE_PUBLICITY_ENDS, ends);
  }
}
