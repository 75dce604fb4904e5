package cn.gov.oneseal.window;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the applicant or a higher organ hands in at the window for a case that waits for it, and passes it
 * on as the waiting step's message — correlated by the system, after checking who sends it for which case: an
 * officer of the {@code window} group of the bureau whose step waits (administrators too). Officers hold no right
 * to correlate messages themselves (access/RoleRights). Refusals write nothing: 403 outside the window, 404 for a
 * case the caller's bureau does not handle (as for an unknown case), 409 {@code NOT_WAITING} when no step of the
 * case waits for it, 400 with the fields.
 */
@Service
public class WindowSubmissions {

  private final ProcessEngine engine;
  private final CaseFiles caseFiles;
  private final CurrentUser currentUser;

  public WindowSubmissions(ProcessEngine engine, CaseFiles caseFiles, CurrentUser currentUser) {
    this.engine = engine;
    this.caseFiles = caseFiles;
    this.currentUser = currentUser;
  }

  /** Checks, records and correlates one submission; {@code body} holds the request's fields. */
  @Transactional
  public Map<String, Object> submit(WindowSubmission kind, String caseNumber, Map<String, Object> body) {
    Authentication caller = currentUser.requireAnyGroup(Set.of(Role.WINDOW.groupId()),
        "代为登记申请人或上级机关的来件（仅限综合受理窗口）");
    Optional<CaseFile> file = caseFiles.find(caseNumber);
    if (file.isEmpty()) {
      throw ApiException.caseNotFound(caseNumber);
    }
    Optional<Execution> waiting = waitingStep(caseNumber, kind.message);
    String bureau = waiting.map(Execution::getTenantId).orElse(file.get().bureauId());
    if (!currentUser.sees(caller, bureau != null ? bureau : file.get().bureauId())) {
      throw ApiException.caseNotFound(caseNumber);
    }
    if (waiting.isEmpty()) {
      throw ApiException.conflict("NOT_WAITING", "办件 " + caseNumber + " 当前没有等待" + kind.label + "的环节（办件状态："
          + file.get().status().label() + "）");
    }
    Map<String, Object> variables = new HashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (WindowSubmission.Field field : kind.fields) {
      String value = read(field, body.get(field.name()), errors);
      if (value != null) {
        texts.put(field.name(), value);
        if (field.variable() != null) {
          variables.put(field.variable(), value);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(ApiException.INVALID_REQUEST, errors);
    }
    if (kind.opinionStage != null) {
      caseFiles.recordOpinion(new Opinion(caseNumber, kind.opinionStage, null, caller.getUserId(), "submitted",
          "申请人到窗口提交" + kind.label + "：" + String.join("；", texts.values()), CaseRecorder.now()));
    }
    Map<String, String> apiNames = new HashMap<>();
    kind.fields.stream().filter(f -> f.variable() != null).forEach(f -> apiNames.put(f.variable(), f.name()));
    try {
      AsSystem.run(engine, () -> engine.getRuntimeService().createMessageCorrelation(kind.message)
          .processInstanceId(waiting.get().getProcessInstanceId()).setVariables(variables).correlate());
    } catch (RuntimeException e) {
      throw ApiException.invalid(ApiException.INVALID_REQUEST, e, apiNames);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("caseNumber", caseNumber);
    answer.put("recorded", kind.label);
    answer.put("recordedBy", caller.getUserId());
    answer.put("status", caseFiles.get(caseNumber).status().name());
    answer.put("message", "已登记" + kind.label + "，流程已继续");
    return answer;
  }

  /** The execution of the case (its process or one of its stages) that waits for the message. */
  private Optional<Execution> waitingStep(String caseNumber, String message) {
    return AsSystem.call(engine, () -> engine.getRuntimeService().createExecutionQuery()
        .processInstanceBusinessKey(caseNumber).messageEventSubscriptionName(message).list().stream().findFirst());
  }

  private static String read(WindowSubmission.Field field, Object raw, List<FieldError> errors) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field.name(), "REQUIRED", (field.choices() != null ? "请选择" : "请填写") + field.label()));
      return null;
    }
    if (!(raw instanceof String s)) {
      errors.add(new FieldError(field.name(), "INVALID_TYPE", field.label() + "应为文本"));
      return null;
    }
    String value = s.strip();
    if (field.choices() != null && !field.choices().containsKey(value)) {
      errors.add(new FieldError(field.name(), "INVALID_CHOICE", field.label() + "只能是："
          + String.join("、", field.choices().keySet().stream().sorted()
              .map(k -> k + "（" + field.choices().get(k) + "）").toList())));
      return null;
    }
    if (field.choices() == null && value.length() > field.maxLength()) {
      errors.add(new FieldError(field.name(), "TOO_LONG", field.label() + "不能超过 " + field.maxLength() + " 个字"));
      return null;
    }
    return value;
  }
}
