package cn.gov.oneseal.portal;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.clock.TaskDueMark;
import cn.gov.oneseal.intake.DeficiencyAcceptance;
import cn.gov.oneseal.notice.NoticeService;
import cn.gov.oneseal.portal.ApplicantAnswers.CurrentStage;
import cn.gov.oneseal.portal.ApplicantAnswers.NoticeLink;
import cn.gov.oneseal.portal.ApplicantAnswers.Progress;
import cn.gov.oneseal.portal.ApplicantAnswers.SubmittedMaterial;
import cn.gov.oneseal.portal.ApplicantAnswers.TaskStage;
import cn.gov.oneseal.portal.ApplicantAnswers.WaitingStage;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;

/**
 * 查询办理进度: where a case stands for its applicant — status and dates, the 容缺 hold, the open tasks and what the
 * case waits for from the applicant, the clock, the notices and the files submitted.
 */
@Service
class CaseProgress {

  private static final Map<String, String> WAITS = Map.of(
      "Msg_CorrectionsSubmitted", "等待申请人提交补正材料（POST …/corrections）",
      "Msg_SupplementsSubmitted", "等待申请人补齐容缺材料（POST …/supplements）",
      "Msg_SurveyRectificationCompleted", "等待申请人报告现场勘验整改完成（POST …/survey-rectification）");

  private final ProcessEngine engine;
  private final ApplicantCases cases;
  private final ItemCatalogue catalogue;
  private final DeficiencyAcceptance deficiency;
  private final CaseTaskNames taskNames;
  private final ClockService clocks;
  private final NoticeService notices;
  private final MaterialFiles materialFiles;

  CaseProgress(ProcessEngine engine, ApplicantCases cases, ItemCatalogue catalogue, DeficiencyAcceptance deficiency,
      CaseTaskNames taskNames, ClockService clocks, NoticeService notices, MaterialFiles materialFiles) {
    this.engine = engine;
    this.cases = cases;
    this.catalogue = catalogue;
    this.deficiency = deficiency;
    this.taskNames = taskNames;
    this.clocks = clocks;
    this.notices = notices;
    this.materialFiles = materialFiles;
  }

  /** The case's progress, if the query code proves it (else 404). */
  Progress of(String caseNumber, String secret) {
    CaseFile file = cases.requireCase(caseNumber, secret);
    return new Progress(caseNumber, file.itemCode(), catalogue.get(file.itemCode()).name(), file.status().name(),
        file.status().label(), file.receivedAt(), file.acceptedAt(), file.decidedAt(), file.licenceNumber(),
        file.closedAt(),
        // 容缺: granted, held until the named supplements are accepted (no 决定书, licence number or register entry yet)
        deficiency.hold(caseNumber).orElse(null),
        currentStages(caseNumber),
        clocks.exists(caseNumber) ? clocks.clock(caseNumber) : null,
        notices.ofCase(caseNumber).stream().map(NoticeLink::of).toList(),
        materialFiles.ofCase(caseNumber).stream().map(SubmittedMaterial::of).toList());
  }

  /** The open tasks of the case and its stages, oldest first, then what it waits for from the applicant. */
  private List<CurrentStage> currentStages(String caseNumber) {
    return AsSystem.call(engine, () -> {
      List<CurrentStage> current = new ArrayList<>();
      engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).orderByTaskCreateTime().asc()
          .list().forEach(task -> current.add(TaskStage.of(taskNames.stage(task),
              WorkingDayCalendar.offsetOf(task.getCreateTime()),
              task.getDueDate() == null ? null : WorkingDayCalendar.offsetOf(task.getDueDate()),
              TaskDueMark.isMarked(task.getDescription()))));
      WAITS.forEach((message, label) -> {
        if (engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(caseNumber)
            .messageEventSubscriptionName(message).count() > 0) {
          current.add(WaitingStage.of(label));
        }
      });
      return current;
    });
  }
}
