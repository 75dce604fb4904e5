package cn.gov.oneseal.web;

import cn.gov.oneseal.form.FormValidationException;

import jakarta.annotation.Priority;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.spin.SpinRuntimeException;

/**
 * Some engine REST endpoints wrap every engine exception as 500 (e.g. {@code POST
 * /process-definition/key/{key}/start}), others hand it to the generic engine-exception handler (e.g.
 * {@code POST /message}). A refused form or message is the caller's mistake: answer 400 with the
 * message and the field-level errors wherever it surfaces. Another officer's concurrent work on the same task
 * is 409 ({@link TaskConflicts}). Everything else is answered as the engine does, and every answer passes through
 * {@link EngineRestAnswers}: another bureau's record is 404, a failure of the database is a Chinese message, no
 * answer shows SQL or Java class names. The same mappers serve {@code /engine-rest} and the webapps' own engine API
 * ({@link RestConfiguration}, {@link WebappEngineRest}).
 */
@Provider
@Priority(1000)
public class FormValidationRestMapper extends RestExceptionHandler {

  @Context UriInfo request;

  @Override
  public Response toResponse(RestException exception) {
    return EngineRestAnswers.answer(exception, request, () -> {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormValidationException invalid) {
          return badRequest(exception.getMessage(), invalid);
        }
      }
      return unusableValue(exception).or(() -> TaskConflicts.of(exception, request))
          .orElseGet(() -> super.toResponse(exception));
    });
  }

  /** "… in variable 'name' …": the variable the engine could not read, as it names it. */
  private static final Pattern VARIABLE = Pattern.compile("variable '([^']{1,100})'");

  /**
   * A variable the engine cannot take from a form: a Java-serialized object (prohibited), JSON that does not
   * parse, or a serialized object that does not read as its declared type. The engine answers 500; it is the
   * caller's mistake, so 400 naming the variable.
   */
  static Optional<Response> unusableValue(Throwable failure) {
    String variable = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Matcher named = VARIABLE.matcher(cause.getMessage() == null ? "" : cause.getMessage());
      if (variable == null && named.find()) {
        variable = named.group(1);
      }
      String which = variable == null ? "变量" : "变量 " + variable + " ";
      if (cause instanceof SpinRuntimeException) {
        return Optional.of(plainBadRequest(which + "的 JSON 内容无法解析"));
      }
      if (cause.getMessage() != null && cause.getMessage().contains("ENGINE-17007")) {
        return Optional.of(plainBadRequest("不接受 Java 序列化对象作为变量值，请以字符串、数字、日期或 JSON 提交"));
      }
      if (cause.getMessage() != null && cause.getMessage().contains("Cannot deserialize object in variable")) {
        return Optional.of(plainBadRequest(which + "的值无法按声明的类型读取，请以字符串、数字、日期或 JSON 提交"));
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

  /**
   * A body that is not JSON, or not JSON of the expected shape: 400 with a message (the engine answers text) that
   * names where the shape is wrong, not the Java types it was read into.
   */
  @Provider
  @Priority(1000)
  public static class UnreadableJson implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
      if (exception instanceof JsonParseException) {
        return plainBadRequest("请求内容不是有效的 JSON");
      }
      String where = exception instanceof JsonMappingException mapping ? mapping.getPath().stream()
          .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[") : "";
      return plainBadRequest("请求内容的结构或字段类型与接口不符" + (where.isEmpty() ? "" : "（位置：" + where + "）"));
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
      return EngineRestAnswers.answer(exception, request, () -> unusableValue(exception)
          .or(() -> TaskConflicts.of(exception, request)).orElseGet(() -> super.toResponse(exception)));
    }
  }

  /**
   * Whatever else fails — Spring's data access errors from the bureau's own tables, a bug — is answered by the
   * engine's generic handler (500 with the exception's class and text), made safe by {@link EngineRestAnswers}.
   */
  @Provider
  @Priority(1000)
  public static class Anything extends ExceptionHandler {

    @Context UriInfo request;

    @Override
    public Response toResponse(Throwable throwable) {
      return EngineRestAnswers.answer(throwable, request, () -> unusableValue(throwable)
          .orElseGet(() -> super.toResponse(throwable)));
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
