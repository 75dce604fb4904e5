package cn.gov.oneseal.cockpit;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import cn.gov.oneseal.security.AsSystem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * A REST resource of one of the bureau's Tasklist plugins that acts for the officer signed in to the webapp: 401 when
 * nobody is, an {@link ApiException} answered with its status and {@code {code, message, errors}} in Chinese, every
 * answer JSON in UTF-8. The feature's service checks the officer's rights itself.
 */
public abstract class SignedInTasklistResource extends AbstractTasklistPluginResource {

  protected SignedInTasklistResource(String engineName) {
    super(engineName);
  }

  /** Runs the action for the signed-in officer (user, groups, bureaus); a refusal is its status with the rule. */
  protected Response asSignedIn(Function<Authentication, Response> action) {
    Authentications current = Authentications.getCurrent();
    if (current == null || !(current.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u)) {
      return json(401, Map.of("code", "UNAUTHORIZED", "message", "请先登录"));
    }
    Authentication who = new Authentication(u.getIdentityId(), u.getGroupIds() == null ? List.of()
        : List.copyOf(u.getGroupIds()), u.getTenantIds() == null ? List.of() : List.copyOf(u.getTenantIds()));
    try {
      return action.apply(who);
    } catch (ApiException refused) {
      return json(refused.status().value(), refused.body());
    }
  }

  /** The action's answer as JSON with the status, for the signed-in officer. */
  protected Response answer(Function<Authentication, Object> action, int status) {
    return asSignedIn(who -> json(status, action.apply(who)));
  }

  /** The request's JSON (an empty object for none); 400 naming {@code field} when it is no JSON. */
  protected static JsonNode requestBody(String body, String field) {
    try {
      ObjectMapper mapper = CockpitPluginBeans.bean(ObjectMapper.class);
      return body == null || body.isBlank() ? mapper.createObjectNode() : mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("INVALID", new FieldError(field, "INVALID_JSON", "请求不是有效的 JSON"));
    }
  }

  /** The case number of a task's process instance (looked up as the system); 404 when there is none. */
  protected String caseOfTask(String taskId) {
    ProcessEngine engine = getProcessEngine();
    String caseNumber = AsSystem.call(engine, () -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      ProcessInstance instance = task == null || task.getProcessInstanceId() == null ? null
          : engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
              .singleResult();
      return instance == null ? null : instance.getBusinessKey();
    });
    if (caseNumber == null) {
      throw ApiException.notFound("TASK_NOT_FOUND", "没有该任务，或它不属于任何办件");
    }
    return caseNumber;
  }

  protected static Response json(int status, Object body) {
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .entity(CockpitPluginBeans.bean(ObjectMapper.class).writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
