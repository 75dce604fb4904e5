package cn.gov.oneseal.form;

import jakarta.annotation.Priority;
import cn.gov.oneseal.tasklist.TaskConflicts;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.spin.SpinRuntimeException;

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
    return unusableValue(exception).or(() -> TaskConflicts.of(exception, request))
        .orElseGet(() -> super.toResponse(exception));
  }

  /**
   * A variable the engine cannot take from a form: a Java-serialized object (prohibited) or JSON that does not
   * parse. The engine answers 500; it is the caller's mistake, so 400 with what was wrong.
   */
  static Optional<Response> unusableValue(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SpinRuntimeException) {
        return Optional.of(plainBadRequest("变量的 JSON 内容无法解析"));
      }
      if (cause.getMessage() != null && cause.getMessage().contains("ENGINE-17007")) {
        return Optional.of(plainBadRequest("不接受 Java 序列化对象作为变量值，请以字符串、数字、日期或 JSON 提交"));
      }
    }
    return Optional.empty();
  }

  static Response plainBadRequest(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", message);
    body.put("code", 0);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** A body that is not JSON, or not JSON of the expected shape: 400 with a message (the engine answers text). */
  @Provider
  @Priority(1000)
  public static class UnreadableJson implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
      return plainBadRequest(exception instanceof JsonParseException
          ? "请求内容不是有效的 JSON" : "请求内容的结构或字段类型与接口不符：" + exception.getOriginalMessage());
    }
  }

  /** The engine's own mappers are registered for these two subtypes; they must be replaced one by one. */
  @Provider
  @Priority(1000)
  public static class UnparsableJson implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
      return new UnreadableJson().toResponse(exception);
    }
  }

  @Provider
  @Priority(1000)
  public static class UnmappableJson implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      return new UnreadableJson().toResponse(exception);
    }
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
      return unusableValue(exception).or(() -> TaskConflicts.of(exception, request))
          .orElseGet(() -> super.toResponse(exception));
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
