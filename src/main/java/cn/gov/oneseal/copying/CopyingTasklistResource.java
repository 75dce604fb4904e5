package cn.gov.oneseal.copying;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.notice.Notice;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import cn.gov.oneseal.cockpit.SignedInTasklistResource;
import org.springframework.http.ContentDisposition;

/**
 * 抄送 for the Tasklist user (the webapp session): whom the case of a task may be copied to, copy it, list the copies
 * to them, read one (with its case's documents, downloadable), mark it read — by the same rules as the API ({@link Copying}), answered as JSON with the rule in Chinese.
 */
public class CopyingTasklistResource extends SignedInTasklistResource {

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
    return asSignedIn(who -> {
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
    return answer(who -> copying().recipients(who, caseOfTask(taskId)), 200);
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
      JsonNode request = requestBody(body, "note");
      return copying().send(who, caseOfTask(taskId), text(request, "recipientUserId"), text(request, "recipientGroupId"),
          text(request, "note"));
    }, 201);
  }

  private static Copying copying() {
    return CockpitPluginBeans.bean(Copying.class);
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

}
