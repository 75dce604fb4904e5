package cn.gov.oneseal.tasklist;

import org.springframework.core.annotation.Order;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Task names that say the case: every user task of a case is named, when it is created, "环节 · 办件编号 · 事项 ·
 * 申请人" (e.g. 受理审查 · 32050020261122C0000017 · 食品经营许可 · 好味餐饮有限公司), so that Tasklist's list tells the
 * cases apart. Registered on every user task of every model ({@code tasklist/UserTaskDefaults}). Whatever
 * shows the stage rather than the case (cards, the applicant's progress, calendar changes) uses {@link #stage(Task)},
 * the activity's own name in the model.
 */
@Component
@Order(3)
public class CaseTaskNames implements EveryUserTask {

  public static final String SEPARATOR = " · ";
  /** The engine's column for a task's name. */
  static final int MAX_NAME = 255;

  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final RepositoryService repositoryService;

  public CaseTaskNames(@Lazy CaseFiles caseFiles, @Lazy ItemCatalogue catalogue,
      @Lazy RepositoryService repositoryService) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.repositoryService = repositoryService;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    String name = task.getName();
    if (caseNumber == null || name == null || name.contains(caseNumber)) {
      return; // no case, or the model already names it (e.g. a supervision card's 督办 task)
    }
    caseFiles.find(caseNumber).ifPresent(file -> task.setName(name(name, file)));
  }

  /** The activity's name followed by the case's number, item and applicant. */
  String name(String stage, CaseFile file) {
    String name = String.join(SEPARATOR, stage, file.caseNumber(), catalogue.get(file.itemCode()).name(),
        file.applicantName());
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
  }

  /**
   * The stage a task stands for: the name of its activity in the model (not the case-decorated task name);
   * the task's own name where the model names it by an expression or the task belongs to no process.
   */
  public String stage(Task task) {
    if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return task.getName();
    }
    var element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    String name = element instanceof FlowElement flowElement ? flowElement.getName() : null;
    return name == null || name.isBlank() || name.contains("${") || name.contains("#{") ? task.getName() : name;
  }
}
