package cn.gov.oneseal.portal;

import cn.gov.oneseal.tasklist.EveryUserTask;
import org.springframework.core.annotation.Order;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.intake.CaseRegistrationListener;
import cn.gov.oneseal.notice.NoticeService;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Officers see what the applicant submitted: every user task of a case gets, when it is created, the case
 * summary and the links to every submitted material file and every notice as its description (shown in
 * Tasklist under the task's name). Registered on every user task of every model with the deadlines
 * ({@code tasklist/UserTaskDefaults}).
 */
@Component
@Order(2)
public class CaseMaterialsTaskListener implements EveryUserTask {

  static final int MAX_DESCRIPTION = 4000;
  private static final String MARKER = "办件 ";

  private final CaseFiles caseFiles;
  private final MaterialFiles materialFiles;
  private final NoticeService notices;
  private final ItemCatalogue catalogue;

  public CaseMaterialsTaskListener(@Lazy CaseFiles caseFiles, @Lazy MaterialFiles materialFiles,
      @Lazy NoticeService notices, @Lazy ItemCatalogue catalogue) {
    this.caseFiles = caseFiles;
    this.materialFiles = materialFiles;
    this.notices = notices;
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    CaseFile file = caseNumber == null ? null : caseFiles.find(caseNumber).orElse(null);
    if (file == null) {
      return;
    }
    task.setDescription(description(task.getDescription(), file));
  }

  /**
   * The open tasks of the case show the materials stored after they were created (an online application's
   * files are stored once its registration has numbered the case).
   */
  public void refresh(TaskService tasks, String caseNumber) {
    CaseFile file = caseFiles.get(caseNumber);
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
      task.setDescription(description(task.getDescription(), file));
      tasks.saveTask(task);
    }
  }

  /** The model's own description (the task's documentation) followed by the case's. */
  private String description(String existing, CaseFile file) {
    String own = existing == null ? "" : existing;
    int previous = own.indexOf(MARKER + file.caseNumber());
    if (previous >= 0) {
      own = own.substring(0, previous);
    }
    String description = own.isBlank() ? describe(file) : own.strip() + "\n\n" + describe(file);
    return description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION - 1) + "…" : description;
  }

  /** The case summary with the links to its materials and notices (officers' API, HTTP Basic). */
  String describe(CaseFile file) {
    String base = "/api/v1/cases/" + file.caseNumber();
    StringBuilder text = new StringBuilder();
    text.append(MARKER).append(file.caseNumber()).append(" · ").append(catalogue.get(file.itemCode()).name())
        .append(" · ").append(file.status().label()).append('\n')
        .append("申请人：").append(file.applicantName()).append("（")
        .append(CaseRegistrationListener.ID_TYPES.getOrDefault(file.applicantIdType(), file.applicantIdType()))
        .append(' ').append(file.applicantId()).append("）；地址：").append(nonNull(file.premisesAddress()))
        .append("；联系人：").append(nonNull(file.contactName())).append(' ').append(nonNull(file.contactPhone()))
        .append('\n');
    var files = materialFiles.ofCase(file.caseNumber());
    if (files.isEmpty()) {
      text.append("申请材料（窗口收取的纸质材料）：").append(String.join("、", caseFiles.materialNames(file.caseNumber())))
          .append('\n');
    } else {
      text.append("申请材料：\n");
      files.forEach(f -> text.append("· ").append(f.materialCode()).append(' ').append(f.materialName()).append("（")
          .append(f.purpose().label()).append("，").append(f.fileName()).append("）")
          .append(base).append("/materials/").append(f.id()).append('\n'));
    }
    text.append("文书：\n");
    notices.ofCase(file.caseNumber()).forEach(n -> text.append("· ").append(n.title()).append(' ')
        .append(base).append("/notices/").append(n.id()).append('\n'));
    return text.toString().strip();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
