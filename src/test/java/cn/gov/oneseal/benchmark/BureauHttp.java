package cn.gov.oneseal.benchmark;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Part (f)'s requests to a {@link ChildBureau}, as its users send them: anonymous or HTTP Basic without cookies, and
 * one webapp session (the webapps' login with its CSRF token; the session's cookies kept).
 */
final class BureauHttp {

  private final String base;
  /** Without cookies: the service guide (anonymous) and HTTP Basic calls. */
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** The webapp session (its cookies). */
  private final HttpClient webapp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();

  BureauHttp(String base) {
    this.base = base;
  }

  /** Logs the user in to Tasklist as the webapp does: a GET for the CSRF token, then the login form. */
  void loginToTasklist(String user, String password) throws Exception {
    HttpResponse<String> first = send(webapp,
        HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET());
    String token = first.headers().firstValue("X-XSRF-TOKEN").orElse("");
    HttpResponse<String> login = send(webapp, HttpRequest.newBuilder(
        uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException(user + "'s login to Tasklist: " + login.statusCode() + " " + login.body());
    }
  }

  /** A GET in the webapp session. */
  HttpResponse<String> session(String path) throws Exception {
    return send(webapp, HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
  }

  /** A GET without cookies, anonymous ({@code authorization} null) or with that header. */
  HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return send(http, request);
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
    return client.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static void check(HttpResponse<String> answer) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(answer.request().method() + " " + answer.uri() + ": " + answer.statusCode() + " "
          + answer.body());
    }
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + ItemsScale.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }

  /** One part of a multipart/form-data body (a file when {@code file} is given). */
  static void part(ByteArrayOutputStream out, String boundary, String name, String file, byte[] content) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
