package cn.gov.oneseal.copying;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.notice.Notice;
import cn.gov.oneseal.security.AsSystem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.ContentDisposition;

/**
 * 抄送 for the Tasklist user (the webapp session): whom the case of a task may be copied to, copy it, list the copies
 * to them, read one (with its case's documents, downloadable), mark it read — by the same rules as the API ({@link Copying}), answered as JSON with the rule in Chinese.
 */
public class CopyingTasklistResource extends AbstractTasklistPluginResource {

  public CopyingTasklistResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("copies")
  public Response mine() {
    return answer(who -> copying().mine(who), 200);
  }

  @GET
  @Path("copies/{id}")
  public Response view(@PathParam("id") long id) {
    return answer(who -> copying().view(who, id), 200);
  }

  /** One issued document of the copy's case, as stored (for who may read the copy; 404 otherwise). */
  @GET
  @Path("copies/{id}/documents/{documentId}")
  public Response document(@PathParam("id") long id, @PathParam("documentId") long documentId) {
    return respond(who -> {
      Map.Entry<Notice, byte[]> found = copying().document(who, id, documentId);
      Notice document = found.getKey();
      return Response.ok(found.getValue(), Copying.mediaType(document))
          .header("Content-Disposition", ContentDisposition.attachment()
              .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
          .header("X-Content-SHA256", document.sha256()).build();
    });
  }

  /** Whom the caller may copy the case of the task to (as for sending: 403 if they may not copy it). */
  @GET
  @Path("tasks/{taskId}/copy-recipients")
  public Response recipients(@PathParam("taskId") String taskId) {
    return answer(who -> copying().recipients(who, caseOf(taskId)), 200);
  }

  @POST
  @Path("copies/{id}/read")
  public Response read(@PathParam("id") long id) {
    return answer(who -> copying().read(who, id), 200);
  }

  /** Copies the case of the task (the sender's rule is the case's: who works or worked on it). */
  @POST
  @Path("tasks/{taskId}/copies")
  public Response copyCaseOf(@PathParam("taskId") String taskId, String body) {
    return answer(who -> {
      JsonNode request = json(body);
      return copying().send(who, caseOf(taskId), text(request, "recipientUserId"), text(request, "recipientGroupId"),
          text(request, "note"));
    }, 201);
  }

  private String caseOf(String taskId) {
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

  private Response answer(Function<Authentication, Object> action, int status) {
    return respond(who -> json(status, action.apply(who)));
  }

  /** Runs the action as the Tasklist user: 401 if nobody is logged in, a refusal as JSON with its status. */
  private Response respond(Function<Authentication, Response> action) {
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

  private static Copying copying() {
    return CockpitPluginBeans.bean(Copying.class);
  }

  private static JsonNode json(String body) {
    try {
      return body == null || body.isBlank() ? CockpitPluginBeans.bean(ObjectMapper.class).createObjectNode()
          : CockpitPluginBeans.bean(ObjectMapper.class).readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("INVALID", new FieldError("note", "INVALID_JSON", "请求不是有效的 JSON"));
    }
  }

  private static String text(JsonNode request, String field) {
    JsonNode value = request.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.invalid("INVALID", new FieldError(field, "INVALID_TYPE", field + " 应为文本"));
    }
    return value.asText();
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
