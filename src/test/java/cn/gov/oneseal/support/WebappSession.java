package cn.gov.oneseal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The webapps' own session login, as a browser does it: a first GET gives the session and the CSRF token
 * (cookie XSRF-TOKEN, header X-XSRF-TOKEN) that the login POST must send; the cookies go with the next requests.
 */
public final class WebappSession {

  private final TestRestTemplate rest;
  private final HttpHeaders headers;
  private final String csrfToken;

  private WebappSession(TestRestTemplate rest, HttpHeaders headers, String csrfToken) {
    this.rest = rest;
    this.headers = headers;
    this.csrfToken = csrfToken;
  }

  /** No session at all. */
  public static WebappSession anonymous(TestRestTemplate rest) {
    return new WebappSession(rest, new HttpHeaders(), null);
  }

  /** Logs the user in to an app (cockpit, tasklist, admin) and keeps the session. */
  public static WebappSession login(TestRestTemplate rest, String app, String userId, String password) {
    Map<String, String> cookies = new LinkedHashMap<>();
    ResponseEntity<String> login = attempt(rest, app, userId, password, cookies);
    assertThat(login.getStatusCode()).as(userId + " logs in to " + app + ": " + login.getBody()).isEqualTo(HttpStatus.OK);
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    // the session after the login has its own CSRF token, which a GET hands out
    ResponseEntity<String> me = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(session), String.class);
    String token = me.getHeaders().getFirst("X-XSRF-TOKEN");
    return new WebappSession(rest, session, token != null ? token : cookies.get("XSRF-TOKEN"));
  }

  /** The webapps' answer to the user's login to an app (200, or 401/403 when refused). */
  public static ResponseEntity<String> attemptLogin(TestRestTemplate rest, String app, String userId, String password) {
    return attempt(rest, app, userId, password, new LinkedHashMap<>());
  }

  private static ResponseEntity<String> attempt(TestRestTemplate rest, String app, String userId, String password,
      Map<String, String> cookies) {
    ResponseEntity<String> first = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    remember(cookies, first);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
    headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", userId);
    form.add("password", password);
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    remember(cookies, login);
    return login;
  }

  public ResponseEntity<String> get(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** A GET answered as bytes (a downloaded file), with the session's cookies. */
  public ResponseEntity<byte[]> getBytes(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  /** A JSON POST with the session's cookies and its CSRF token, as the webapps send it. */
  public ResponseEntity<String> postJson(String path, String json) {
    return sendJson(HttpMethod.POST, path, json);
  }

  /** A JSON PUT, as the webapps send it (Admin adds a group member so). */
  public ResponseEntity<String> putJson(String path, String json) {
    return sendJson(HttpMethod.PUT, path, json);
  }

  private ResponseEntity<String> sendJson(HttpMethod method, String path, String json) {
    HttpHeaders send = new HttpHeaders();
    send.addAll(headers);
    send.setContentType(MediaType.APPLICATION_JSON);
    if (csrfToken != null) {
      send.set("X-XSRF-TOKEN", csrfToken);
    }
    return rest.exchange(path, method, new HttpEntity<>(json, send), String.class);
  }

  /** Any request with a JSON body (or none), with the session's cookies and its CSRF token. */
  public ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
    return sendJson(method, path, json);
  }

  private static void remember(Map<String, String> cookies, ResponseEntity<?> response) {
    List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set != null) {
      set.stream().map(c -> c.split(";", 2)[0].split("=", 2)).forEach(kv -> cookies.put(kv[0], kv[1]));
    }
  }

  private static String cookieHeader(Map<String, String> cookies) {
    return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
  }
}
