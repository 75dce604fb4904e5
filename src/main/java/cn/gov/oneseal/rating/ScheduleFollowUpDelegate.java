package cn.gov.oneseal.rating;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.YellowPoints;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.security.AsSystem;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 安排回访 ({@code Task_ScheduleFollowUp} of {@code Stage_Dispatch}): starts {@value FollowUps#PROCESS} for
 * the delivered case, due at the start of the item's {@code followUp.afterWorkingDays}-th working day after
 * the delivery (catalogue).
 */
@Component("scheduleFollowUpDelegate")
public class ScheduleFollowUpDelegate implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final WorkingDayCalendar calendar;
  private final RuntimeService runtimeService;

  public ScheduleFollowUpDelegate(CaseFiles caseFiles, ItemCatalogue catalogue, WorkingDayCalendar calendar,
      RuntimeService runtimeService) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    CaseFile file = caseFiles.get(caseNumber);
    Date delivered = file.deliveredAt() == null ? ClockUtil.getCurrentTime() : Date.from(file.deliveredAt().toInstant());
    int after = catalogue.get(file.itemCode()).followUp().afterWorkingDays();
    Date followUpAt = YellowPoints.startOf(calendar.plusWorkingDays(WorkingDayCalendar.dayOf(delivered), after));
    var start = runtimeService.createProcessInstanceByKey(FollowUps.PROCESS).businessKey(caseNumber)
        .setVariables(Variables.createVariables().putValue(CaseVariables.CASE_NUMBER, caseNumber)
            .putValue(CaseVariables.ITEM_CODE, file.itemCode()).putValue(CaseVariables.ITEM_NAME, catalogue.get(file.itemCode()).name())
            .putValue(CaseVariables.CASE_SUMMARY, execution.getVariable(CaseVariables.CASE_SUMMARY)).putValue(CaseVariables.BUREAU_ID, file.bureauId())
            .putValue(CaseVariables.APPLICANT_CONTACT, file.contactName() + " " + file.contactPhone())
            .putValue(CaseVariables.FOLLOW_UP_AT, followUpAt));
    AsSystem.run(start::execute);
  }
}
