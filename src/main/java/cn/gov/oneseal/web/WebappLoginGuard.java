package cn.gov.oneseal.web;

import cn.gov.oneseal.api.JsonRefusal;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) refuses the technical clients
 * (members of {@code apiPortal} or {@code apiRegulatorSystem}) for every app: Tasklist, Cockpit and Admin, which the
 * engine refuses them as well (a user-specific revoke of {@code APPLICATION *}: {@code access/ApiClients}), and
 * Welcome, which the webapps open to every account without asking the engine — and whose session would open the
 * webapps' engine API ({@code /camunda/api/engine/…}) past {@link TechnicalClientConfinement}. The right password gets 403 with the
 * reason, a wrong one 401 as from the webapps themselves (and counts towards the lock-out once), so the answer tells
 * no one without the password that the account is a technical one.
 */
class WebappLoginGuard extends OncePerRequestFilter {

  static final String REFUSED = "接口账号只能调用对接接口（/api/v1/…），不能登录 Tasklist、Cockpit、Admin 或欢迎页";
  /** The login of any app, on the path as the container matched it (decoded, normalised, without parameters). */
  private static final Pattern LOGIN = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login(/.*)?$");
  /** A login form is a user name and a password; anything longer is not one. */
  private static final int MAX_BODY = 16 * 1024;

  private final ProcessEngine engine;
  private final ObjectMapper json;

  WebappLoginGuard(ProcessEngine engine, ObjectMapper json) {
    this.engine = engine;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!"POST".equals(request.getMethod()) || !LOGIN.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    String type = request.getContentType();
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    Map<String, String> form = type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")
        && body.length <= MAX_BODY ? form(new String(body, StandardCharsets.UTF_8)) : null;
    if (form == null) {
      JsonRefusal.write(response, HttpServletResponse.SC_BAD_REQUEST, json, Map.of("type", "InvalidRequestException",
          "message", "登录请求须为表单（application/x-www-form-urlencoded，用户名和密码）"));
      return;
    }
    String userId = form.get("username");
    if (userId != null && isApiClient(userId)) {
      if (engine.getIdentityService().checkPassword(userId, form.get("password"))) {
        JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, json,
            Map.of("type", "AuthorizationException", "message", REFUSED));
      } else {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      }
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** Whoever is logged in where: the membership is read without their rights. */
  private boolean isApiClient(String userId) {
    return AsSystem.call(engine, () -> engine.getIdentityService().createGroupQuery().groupMember(userId)
        .groupIdIn(Role.API_PORTAL, Role.API_REGULATOR_SYSTEM).count() > 0);
  }

  /** The fields of an {@code application/x-www-form-urlencoded} body (the first value of each); null if broken. */
  static Map<String, String> form(String body) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        fields.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value,
            StandardCharsets.UTF_8));
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }
    return fields;
  }
}
