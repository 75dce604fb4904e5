package cn.gov.oneseal.web;

import cn.gov.oneseal.api.JsonRefusal;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the JSON body of some engine REST requests before the engine sees it — on {@code /engine-rest} and on
 * the webapps' own {@code /camunda/api/engine} alike — and answers 400 with a readable message (in the engine
 * REST's error shape {@code {type, message}}) when the body is malformed or the check finds a problem. The body
 * is read once (at most 1 MB) and replayed to the REST resource.
 */
abstract class RestBodyGuard extends OncePerRequestFilter {

  /** A guarded body larger than this is refused. */
  static final int MAX_BODY = 1024 * 1024;

  /** The two engine REST surfaces, followed by the resource path the guard names. */
  static Pattern onEngineRest(String resource) {
    return Pattern.compile("^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/" + resource + "/?$");
  }

  private final ObjectMapper json;
  private final String method;
  private final Pattern paths;

  RestBodyGuard(ObjectMapper json, String method, Pattern paths) {
    this.json = json;
    this.method = method;
    this.paths = paths;
  }

  /** The readable reason to refuse the body, if any. */
  abstract Optional<String> problem(JsonNode body, HttpServletRequest request);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !method.equals(request.getMethod()) || !paths.matcher(BasicAuthenticationFilter.path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      refuse(response, 413, "请求内容过大（上限 1 MB）");
      return;
    }
    if (body.length > 0) {
      Optional<String> problem;
      try {
        problem = problem(json.readTree(body), request);
      } catch (JsonProcessingException e) {
        refuse(response, 400, "请求内容不是有效的 JSON");
        return;
      }
      if (problem.isPresent()) {
        refuse(response, 400, problem.get());
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private void refuse(HttpServletResponse response, int status, String message) throws IOException {
    JsonRefusal.write(response, status, json, Map.of("type", "InvalidRequestException", "message", message));
  }
}
