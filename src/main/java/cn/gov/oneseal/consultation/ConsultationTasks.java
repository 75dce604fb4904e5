package cn.gov.oneseal.consultation;

import cn.gov.oneseal.process.CaseVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Who gets a consultee's task ({@code Task_GiveConsultationOpinion}): the candidate user or the candidate group of the
 * reply the process answers, read from the record ({@code camunda:candidateUsers="${consultationTasks.users(execution)}"}).
 */
@Component("consultationTasks")
public class ConsultationTasks {

  private final Consultations consultations;

  public ConsultationTasks(Consultations consultations) {
    this.consultations = consultations;
  }

  public List<String> users(VariableScope scope) {
    return consultations.reply(replyId(scope)).map(r -> r.consulteeUser() == null ? List.<String>of()
        : List.of(r.consulteeUser())).orElse(List.of());
  }

  public List<String> groups(VariableScope scope) {
    return consultations.reply(replyId(scope)).map(r -> r.consulteeGroup() == null ? List.<String>of()
        : List.of(r.consulteeGroup())).orElse(List.of());
  }

  static long replyId(VariableScope scope) {
    Object id = scope.getVariable(CaseVariables.CONSULTATION_REPLY_ID);
    if (!(id instanceof Number n)) {
      throw new IllegalStateException("the consultation process has no reply id");
    }
    return n.longValue();
  }
}
