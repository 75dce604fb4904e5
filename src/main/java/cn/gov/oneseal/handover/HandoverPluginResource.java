package cn.gov.oneseal.handover;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The Tasklist plugin's REST for one task, as the logged-in officer: {@code GET} how the task came to them and whether
 * they may transfer it (with the colleagues who may receive it), {@code POST transfer} {@code {"to", "reason"}}. The same
 * rules as {@code /api/v1/tasks/{taskId}/transfer} ({@link TransferService}); a refusal is its status with
 * {@code {code, message, errors}} in Chinese.
 */
public class HandoverPluginResource extends AbstractTasklistPluginResource {

  private final String taskId;

  public HandoverPluginResource(String engineName, String taskId) {
    super(engineName);
    this.taskId = taskId;
  }

  @GET
  public Response handovers() {
    return answer(() -> service().of(caller(), taskId));
  }

  @POST
  @Path("transfer")
  public Response transfer(String body) {
    return answer(() -> {
      JsonNode request = request(body);
      return service().transfer(caller(), taskId, text(request, "to"), text(request, "reason"));
    });
  }

  private Caller caller() {
    Authentications current = Authentications.getCurrent();
    if (current != null && current.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication u) {
      return new Caller(u.getIdentityId(), u.getGroupIds() == null ? null : u.getGroupIds().stream().toList(),
          u.getTenantIds() == null ? null : u.getTenantIds().stream().toList());
    }
    Authentication engineAuth = getProcessEngine().getIdentityService().getCurrentAuthentication();
    if (engineAuth != null && engineAuth.getUserId() != null) {
      return Caller.of(engineAuth);
    }
    throw ApiException.forbidden("请先登录");
  }

  private static JsonNode request(String body) {
    try {
      JsonNode node = body == null || body.isBlank() ? null : mapper().readTree(body);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException();
      }
      return node;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ApiException.invalid("INVALID", new FieldError("body", "INVALID_JSON",
          "请求内容应为 JSON 对象：{\"to\": 同事的用户名, \"reason\": 理由}"));
    }
  }

  private static String text(JsonNode request, String field) {
    JsonNode value = request.get(field);
    return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
  }

  private static Response answer(Supplier<Object> action) {
    try {
      return json(200, action.get());
    } catch (ApiException refused) {
      return json(refused.status().value(), refused.body());
    }
  }

  private static TransferService service() {
    return CockpitPluginBeans.bean(TransferService.class);
  }

  private static ObjectMapper mapper() {
    return CockpitPluginBeans.bean(ObjectMapper.class);
  }

  private static Response json(int status, Object body) {
    try {
      return Response.status(status).type(MediaType.APPLICATION_JSON + ";charset=UTF-8")
          .entity(mapper().writeValueAsString(body == null ? Map.of() : body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
