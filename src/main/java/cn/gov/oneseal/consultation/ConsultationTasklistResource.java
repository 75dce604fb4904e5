package cn.gov.oneseal.consultation;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import cn.gov.oneseal.cockpit.SignedInTasklistResource;

/**
 * 征求意见 for the Tasklist user (the webapp session): ask on a task, read its consultations, list whom one may
 * consult — by the same rules as the API ({@link Consulting}), answered as JSON with the rule in Chinese.
 */
public class ConsultationTasklistResource extends SignedInTasklistResource {

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
      JsonNode request = requestBody(body, "question");
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

  private static Consulting consulting() {
    return CockpitPluginBeans.bean(Consulting.class);
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

}
