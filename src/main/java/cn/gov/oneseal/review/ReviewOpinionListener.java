package cn.gov.oneseal.review;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.clock.Deadlines;
import cn.gov.oneseal.clock.StopReason;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.returning.Returning;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审查: the reviewer either submits the recommendation and mandatory opinion, or starts a special
 * procedure that stops the clock (特别程序: reason, expected working days, the applicant told in
 * writing), or asks the bureau head for the case's one extension (延期, with reasons). The reviewer
 * is remembered so that the decision cannot be taken by the same person (一审一核). Or the reviewer returns the case
 * to the window with a reason (退回受理, returning/Returning).
 */
@Component("reviewOpinionListener")
public class ReviewOpinionListener implements TaskListener {

  public static final String REVIEWER = "reviewerId";
  public static final String COMPLETE = "complete";
  public static final String SPECIAL = "special";
  public static final String EXTENSION = "extension";
  public static final String RETURN = Returning.RETURN;
  static final String FORM = "Form_ReviewApplication";
  static final Map<String, String> ACTIONS = FormChoices.options(FORM, FormFields.REVIEW_ACTION);
  static final Map<String, String> PROCEDURES = new LinkedHashMap<>();

  static {
    for (StopReason reason : StopReason.values()) {
      if (reason.kind() == StopReason.Kind.SPECIAL_PROCEDURE) {
        PROCEDURES.put(reason.name(), reason.label());
      }
    }
  }

  private final CaseRecorder recorder;
  private final CaseFiles caseFiles;
  private final ClockService clocks;
  private final ItemCatalogue catalogue;
  private final Returning returning;

  public ReviewOpinionListener(CaseRecorder recorder, CaseFiles caseFiles, ClockService clocks,
      ItemCatalogue catalogue, Returning returning) {
    this.recorder = recorder;
    this.caseFiles = caseFiles;
    this.clocks = clocks;
    this.catalogue = catalogue;
    this.returning = returning;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    if (task.getVariable(FormFields.REVIEW_ACTION) == null) {
      task.setVariable(FormFields.REVIEW_ACTION, COMPLETE);
    }
    String action = in.choice(FormFields.REVIEW_ACTION, "办理方式", ACTIONS);
    String caseNumber = CaseRecorder.caseNumber(task);
    if (RETURN.equals(action)) {
      in.validate();
      returning.returned(task, in);
      return;
    }
    if (SPECIAL.equals(action)) {
      String procedure = in.choice(FormFields.SPECIAL_PROCEDURE);
      Object days = task.getVariable(FormFields.EXPECTED_WORKING_DAYS);
      if (!(days instanceof Number n) || n.intValue() < 1 || n.intValue() > 250) {
        in.reject(FormFields.EXPECTED_WORKING_DAYS, "OUT_OF_RANGE", "预计所需工作日须为 1 到 250 的整数");
      }
      in.confirmed(FormFields.SPECIAL_NOTICE_GIVEN, "特别程序所需时间须书面告知申请人（行政许可法第四十五条）");
      in.validate();
      task.setVariable(CaseVariables.SPECIAL_PROCEDURE_LABEL, PROCEDURES.get(procedure));
      return;
    }
    if (EXTENSION.equals(action)) {
      String reason = in.text(FormFields.EXTENSION_REASON, 2000);
      ApprovalItem item = catalogue.get((String) task.getVariable(Deadlines.ITEM_CODE));
      if (item.extensionLimit() == 0) {
        in.reject(FormFields.REVIEW_ACTION, "NOT_ALLOWED", item.name() + "依法不得延长办理期限");
      } else if (clocks.clock(caseNumber).extension() != null) {
        in.reject(FormFields.REVIEW_ACTION, "ALREADY_EXTENDED", "本案已申请过延期，每件只能延期一次");
      }
      in.validate();
      clocks.requestExtension(caseNumber, item.extensionLimit(), reason, recorder.opinion(task, "extension",
          "requested", reason));
      task.setVariable(CaseVariables.EXTENSION_DAYS, item.extensionLimit());
      return;
    }
    String recommendation = in.choice(FormFields.REVIEW_RECOMMENDATION);
    String opinion = in.text(FormFields.REVIEW_OPINION, 4000);
    in.validate();
    String reviewer = recorder.opinion(task, "review", recommendation, opinion);
    task.setVariable(REVIEWER, reviewer);
    caseFiles.status(caseNumber, CaseStatus.REVIEWED);
  }
}
