package cn.gov.oneseal.handover;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * A REST resource of the Tasklist plugin, as the logged-in officer (the webapp's session): JSON in UTF-8, an
 * {@link ApiException} answered with its status and {@code {code, message, errors}} in Chinese.
 */
public abstract class OfficerPluginResource extends AbstractTasklistPluginResource {

  protected OfficerPluginResource(String engineName) {
    super(engineName);
  }

  protected Caller caller() {
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

  protected static JsonNode request(String body, String shape) {
    try {
      JsonNode node = body == null || body.isBlank() ? null : mapper().readTree(body);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException();
      }
      return node;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw ApiException.invalid("INVALID", new FieldError("body", "INVALID_JSON",
          "请求内容应为 JSON 对象：" + shape));
    }
  }

  protected static String text(JsonNode request, String field) {
    JsonNode value = request.get(field);
    return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
  }

  protected static Response answer(Supplier<Object> action) {
    try {
      return json(200, action.get());
    } catch (ApiException refused) {
      return json(refused.status().value(), refused.body());
    }
  }

  protected static ObjectMapper mapper() {
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
