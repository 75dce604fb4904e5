package cn.gov.oneseal.consultation;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * 征求意见 for the Tasklist user (the webapp session): ask on a task, read its consultations, list whom one may
 * consult — by the same rules as the API ({@link Consulting}), answered as JSON with the rule in Chinese.
 */
public class ConsultationTasklistResource extends AbstractTasklistPluginResource {

  public ConsultationTasklistResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("tasks/{taskId}/consultations")
  public Response ofTask(@PathParam("taskId") String taskId) {
    return answer(who -> consulting().ofTask(who, taskId), 200);
  }

  @GET
  @Path("tasks/{taskId}/consultees")
  public Response consultees(@PathParam("taskId") String taskId) {
    return answer(who -> consulting().consultees(who, taskId), 200);
  }

  @POST
  @Path("tasks/{taskId}/consultations")
  public Response ask(@PathParam("taskId") String taskId, String body) {
    return answer(who -> {
      JsonNode request = json(body);
      JsonNode days = request.get("workingDays");
      if (days != null && !days.isNull() && !days.isInt()) {
        throw ApiException.invalid("INVALID", new FieldError("workingDays", "INVALID_TYPE", "workingDays 应为整数"));
      }
      JsonNode question = request.get("question");
      if (question != null && !question.isNull() && !question.isTextual()) {
        throw ApiException.invalid("INVALID", new FieldError("question", "INVALID_TYPE", "question 应为文本"));
      }
      return consulting().ask(who, taskId, question == null || question.isNull() ? null : question.asText(),
          days == null || days.isNull() ? null : days.asInt(), texts(request, "users"), texts(request, "groups"));
    }, 201);
  }

  private Response answer(Function<Authentication, Object> action, int status) {
    Authentications current = Authentications.getCurrent();
    if (current == null || !(current.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u)) {
      return json(401, Map.of("code", "UNAUTHORIZED", "message", "请先登录"));
    }
    Authentication who = new Authentication(u.getIdentityId(), u.getGroupIds() == null ? List.of()
        : List.copyOf(u.getGroupIds()), u.getTenantIds() == null ? List.of() : List.copyOf(u.getTenantIds()));
    try {
      return json(status, action.apply(who));
    } catch (ApiException refused) {
      return json(refused.status().value(), refused.body());
    }
  }

  private static Consulting consulting() {
    return CockpitPluginBeans.bean(Consulting.class);
  }

  private static JsonNode json(String body) {
    try {
      return body == null || body.isBlank() ? CockpitPluginBeans.bean(ObjectMapper.class).createObjectNode()
          : CockpitPluginBeans.bean(ObjectMapper.class).readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("INVALID", new FieldError("question", "INVALID_JSON", "请求不是有效的 JSON"));
    }
  }

  private static List<String> texts(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> texts.add(v.isTextual() ? v.asText() : null));
    }
    if (!value.isArray() || texts.contains(null)) {
      throw ApiException.invalid("INVALID", new FieldError(field, "INVALID_TYPE", field + " 应为用户或岗位组 ID 的列表"));
    }
    return texts;
  }

  private static Response json(int status, Object body) {
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .entity(CockpitPluginBeans.bean(ObjectMapper.class).writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
