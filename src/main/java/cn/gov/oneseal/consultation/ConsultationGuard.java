package cn.gov.oneseal.consultation;

import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.tasklist.EveryUserTaskCompletion;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A review or decision step with consultations that still wait for a reply within their deadline cannot be completed
 * — however it is completed (Tasklist, {@code /engine-rest}, the webapps' engine API, the Java API): 400 with the
 * consultees still awaited and the deadline, in Chinese. Once every consultee answered or the deadline passed (逾期未回复)
 * it no longer holds the step.
 */
@Component
public class ConsultationGuard implements EveryUserTaskCompletion {

  static final String FIELD = "consultation";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final Consulting consulting;

  public ConsultationGuard(@Lazy Consulting consulting) {
    this.consulting = consulting;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!ConsultationRules.CONSULTABLE.contains(task.getTaskDefinitionKey())) {
      return;
    }
    List<Consultation> pending = consulting.pendingOn(task.getId());
    if (pending.isEmpty()) {
      return;
    }
    String waiting = pending.stream().map(c -> c.replies().stream().filter(r -> r.state() == ReplyState.OPEN)
        .map(Consultation.Reply::consulteeName).collect(Collectors.joining("、")) + "（答复期限 "
        + c.dueAt().atZoneSameInstant(SHANGHAI).toLocalDate() + "）").collect(Collectors.joining("；"));
    throw FormValidationException.of(FIELD, "CONSULTATION_PENDING", "征求意见尚未全部答复，暂不能办结本环节：仍在等待 "
        + waiting + "。全部答复或答复期限届满（记为逾期未回复）后方可办结");
  }
}
