package cn.gov.oneseal.form;

import jakarta.annotation.Priority;
import cn.gov.oneseal.tasklist.TaskConflicts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Some engine REST endpoints wrap every engine exception as 500 (e.g. {@code POST
 * /process-definition/key/{key}/start}), others hand it to the generic engine-exception handler (e.g.
 * {@code POST /message}). A refused form or message is the caller's mistake: answer 400 with the
 * message and the field-level errors wherever it surfaces. Another officer's concurrent work on the same task
 * is 409 ({@link TaskConflicts}). Everything else is answered as the engine does.
 */
@Provider
@Priority(1000)
public class FormValidationRestMapper extends RestExceptionHandler {

  @Context UriInfo request;

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormValidationException invalid) {
        return badRequest(exception.getMessage(), invalid);
      }
    }
    return TaskConflicts.of(exception, request).orElseGet(() -> super.toResponse(exception));
  }

  static Response badRequest(String message, FormValidationException invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "FormValidationException");
    body.put("message", message);
    body.put("code", 0);
    body.put("errors", invalid.getErrors());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** An engine exception that reaches the generic handler: another officer's concurrent work is 409, not 500. */
  @Provider
  @Priority(1000)
  public static class Engine extends ProcessEngineExceptionHandler {

    @Context UriInfo request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return TaskConflicts.of(exception, request).orElseGet(() -> super.toResponse(exception));
    }
  }

  /** The refusal itself, where the engine's generic handler would answer 500. */
  @Provider
  @Priority(1000)
  public static class Direct implements ExceptionMapper<FormValidationException> {

    @Override
    public Response toResponse(FormValidationException exception) {
      return badRequest(exception.getMessage(), exception);
    }
  }
}
