package cn.gov.oneseal.casefile;

import cn.gov.oneseal.security.AsSystem;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Who took part in a case: the officers who are or were the assignee or a candidate (themselves or by one of their
 * groups) of one of its tasks, in the case's process or its stages. Read from the engine's history without
 * authorization checks (a finished task grants no rights any more).
 */
@Component
public class CaseParticipants {

  private final ProcessEngine engine;

  public CaseParticipants(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Whether the officer (user id and groups) is or was the assignee or a candidate of a task of the case. */
  public boolean tookPart(String userId, List<String> groups, String caseNumber) {
    return AsSystem.call(engine, () -> {
      HistoryService history = engine.getHistoryService();
      return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).taskAssignee(userId)
          .count() > 0
          || history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
              .taskHadCandidateUser(userId).count() > 0
          || groups.stream().anyMatch(group -> history.createHistoricTaskInstanceQuery()
              .processInstanceBusinessKey(caseNumber).taskHadCandidateGroup(group).count() > 0);
    });
  }
}
