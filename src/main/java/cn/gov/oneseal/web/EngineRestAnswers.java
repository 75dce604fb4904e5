package cn.gov.oneseal.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on every error answer of the engine's REST API — {@code /engine-rest} and the webapps' own API
 * ({@code /camunda/api/engine}, behind Tasklist, Cockpit and Admin) alike, through the project's exception mappers:
 * <ul>
 *   <li>another bureau's task, instance or definition: 404 as for one the officer may not see ({@link OtherBureaus});
 *   a task the officer cannot see reads the same Chinese message whatever the endpoint;</li>
 *   <li>a failure of the database that the caller caused (a duplicate, a broken reference, a value too long, a NUL
 *   character, a concurrent change): 409 or 400 with a Chinese message ({@link PersistenceFailures}); a request the
 *   engine itself calls bad but some endpoint wraps into a 500: 400;</li>
 *   <li>any other server error: 500 with a generic Chinese message and a reference that the log repeats with the
 *   whole failure — never the engine's text, which may carry SQL, table and index names or Java class names;</li>
 *   <li>a refusal (4xx) whose message carries such internals keeps its status with a generic message.</li>
 * </ul>
 * The answer keeps the engine REST's error shape {@code {type, message, code}}; {@code type} stays the engine's
 * documented error type on a 4xx (Tasklist and Cockpit read it, e.g. {@code AuthorizationException}) and is
 * {@code ServerError} on a 500.
 */
public final class EngineRestAnswers {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestAnswers.class);

  static final String SERVER_ERROR = "服务器处理请求时出错（参考号 %s）。请稍后重试；如仍出错，请把参考号告知系统管理员";
  static final String BAD_REQUEST = "请求内容与接口的要求不符，无法处理（参考号 %s）";
  static final String REFUSED = "请求无法处理（参考号 %s）";
  static final String READ_ONLY_IDENTITY = "工作人员、岗位组和所属的局由本单位的目录（LDAP）统一管理，这里不能新建、修改或删除："
      + "请在目录中办理，下次请求即生效";
  /** The engine REST's own refusal of a write to users or groups under a read-only identity service. */
  private static final String READ_ONLY_REST = "Identity service implementation is read-only.";
  static final String NO_DESCENDING_ORDER = "本单位的目录（LDAP）不支持按降序排列工作人员：请按升序查看";

  /** SQL statements and the database's own words for its objects. */
  private static final Pattern SQL = Pattern.compile("\\b(?:insert\\s+into|delete\\s+from|update\\s+[\\w.\"]+\\s+set"
      + "|select\\s[^;]{0,300}?\\sfrom|sql|primary\\s+key|foreign\\s+key|unique\\s+(?:index|constraint)|constraint"
      + "|duplicate\\s+key|act_(?:ru|hi|re|id|ge)_\\w+)\\b", Pattern.CASE_INSENSITIVE);
  /** Qualified Java names, exception class names, stack frames. */
  private static final Pattern JAVA = Pattern.compile("\\b(?:java|javax|jakarta|org|com|net|io|cn|sun)\\.[a-z0-9_]+"
      + "(?:\\.[A-Za-z0-9_$]+)+|\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\.java:\\d+");

  /** The engine's own (English) authorization refusal, and the permissions it names. */
  private static final Pattern ENGINE_REFUSAL = Pattern.compile("^The user with id '[^']*' does not have");
  private static final Pattern MISSING = Pattern.compile("'([A-Z_]+)' permission");

  private EngineRestAnswers() {}

  /** The engine's refusal in Chinese, with the permissions it found missing. */
  static String refusal(String engineMessage) {
    java.util.Set<String> missing = new java.util.LinkedHashSet<>();
    MISSING.matcher(engineMessage).results().forEach(m -> missing.add(m.group(1)));
    return "您没有此项操作的权限：各岗位只能办理本岗位的环节" + (missing.isEmpty() ? ""
        : "（所缺权限：" + String.join(" 或 ", missing) + "）");
  }

  /** The answer to a failed engine REST request: the project's or the engine's answer, made safe to show. */
  public static Response answer(Throwable failure, UriInfo request, Supplier<Response> projectOrEngine) {
    return OtherBureaus.of(failure, request).orElseGet(() -> checked(projectOrEngine.get(), failure, request));
  }

  /**
   * What the directory (profile ldap) cannot do, as the engine and Camunda's LDAP plugin refuse it: a write to users,
   * groups, memberships or bureaus; a descending order of users without the directory's sort control.
   */
  static boolean directory(Throwable failure, String refusal) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof UnsupportedOperationException && cause.getMessage() != null
          && cause.getMessage().contains(refusal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a text shows SQL, database objects or Java class names. */
  public static boolean hasInternals(String text) {
    return text != null && (SQL.matcher(text).find() || JAVA.matcher(text).find());
  }

  static Response checked(Response answer, Throwable failure, UriInfo request) {
    int status = answer.getStatus();
    if (status < 400) {
      return answer;
    }
    String path = request == null ? "" : request.getPath();
    if (status >= 500 && directory(failure, "identity service implementation is read-only")) {
      return answer(403, "AuthorizationException", READ_ONLY_IDENTITY);
    }
    if (status >= 500 && directory(failure, "does not support descending search order")) {
      return answer(400, "InvalidRequestException", NO_DESCENDING_ORDER);
    }
    if (status >= 500) {
      Optional<Response> known = PersistenceFailures.of(failure);
      if (known.isPresent()) {
        LOG.info("引擎 REST 请求 {} 因数据库拒绝而答 {}：{}", path, known.get().getStatus(), failure.toString());
        return known.get();
      }
      if (OtherBureaus.aboutTheTask(path) && OtherBureaus.taskMissing(path)) {
        return OtherBureaus.notFound(OtherBureaus.TASK);
      }
      Optional<String> badRequest = engineSaysBadRequest(failure);
      if (badRequest.isPresent()) {
        return checked(answer(400, "BadUserRequestException", badRequest.get()), failure, request);
      }
      String reference = reference();
      LOG.error("参考号 {}：引擎 REST 请求 {} 失败（答 500，原答复不示人）", reference, path, failure);
      return answer(500, "ServerError", SERVER_ERROR.formatted(reference));
    }
    if (status == 404 && OtherBureaus.aboutTheTask(path)) {
      return OtherBureaus.notFound(OtherBureaus.TASK);
    }
    String type = null;
    String message = null;
    if (answer.getEntity() instanceof ExceptionDto dto) {
      type = dto.getType();
      message = dto.getMessage();
    } else if (answer.getEntity() instanceof Map<?, ?> body) {
      type = body.get("type") instanceof String t ? t : null;
      message = body.get("message") instanceof String m ? m : null;
    }
    if (status == 403 && READ_ONLY_REST.equals(message)) {
      return answer(403, "AuthorizationException", READ_ONLY_IDENTITY);
    }
    if (status == 403 && message != null && ENGINE_REFUSAL.matcher(message).find()) {
      return answer(403, type == null ? "AuthorizationException" : type, refusal(message));
    }
    // a model's parse errors name the analyst's own elements (and classes): they are the caller's, not internals
    if (!"ParseException".equals(type) && hasInternals(message)) {
      String reference = reference();
      LOG.warn("参考号 {}：引擎 REST 请求 {} 答 {}，原文含内部细节，已改为通用说明：{}", reference, path, status, message);
      return answer(status, type == null ? "InvalidRequestException" : type,
          (status == 400 ? BAD_REQUEST : REFUSED).formatted(reference));
    }
    return answer;
  }

  /**
   * The engine's own verdict that the request is wrong ({@code BadUserRequestException}, e.g. a start that skips the
   * listeners), which some endpoints wrap into a 500 ({@code start}): its message, for a 400.
   */
  private static Optional<String> engineSaysBadRequest(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof BadUserRequestException bad) {
        return Optional.ofNullable(bad.getMessage());
      }
    }
    return Optional.empty();
  }

  private static String reference() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  /** An answer in the engine REST's error shape {@code {type, message, code}}. */
  static Response answer(int status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", 0);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
