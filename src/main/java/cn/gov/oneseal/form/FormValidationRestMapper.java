package cn.gov.oneseal.form;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Some engine REST endpoints (e.g. {@code POST /process-definition/key/{key}/start}) wrap every
 * engine exception as 500. A refused form is the caller's mistake: answer 400 with the message and
 * the field-level errors wherever it surfaces. Everything else is answered as the engine does.
 */
@Provider
@Priority(1000)
public class FormValidationRestMapper extends RestExceptionHandler {

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormValidationException invalid) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "FormValidationException");
        body.put("message", exception.getMessage());
        body.put("code", 0);
        body.put("errors", invalid.getErrors());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
    }
    return super.toResponse(exception);
  }
}
