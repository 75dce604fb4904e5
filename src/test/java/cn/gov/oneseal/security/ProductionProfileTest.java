package cn.gov.oneseal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The production profile (with the demo officers, on H2): the webapps' cookies only over HTTPS, HSTS for a year,
 * and a session that ends after 30 minutes without a request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.process-engine-name=production")
@ActiveProfiles({"demo", "test", "production"})
@DirtiesContext
class ProductionProfileTest {

  @Autowired TestRestTemplate rest;
  @Autowired ServletWebServerApplicationContext context;

  @Test
  void cookiesAreSecureAndBrowsersAreToldToKeepToHttps() {
    ResponseEntity<String> first = rest.getForEntity("/camunda/api/admin/auth/user/production", String.class);
    Map<String, String> cookies = new LinkedHashMap<>();
    List<String> set = first.getHeaders().get(HttpHeaders.SET_COOKIE);
    assertThat(set).as("the CSRF cookie").anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("Secure"));
    set.forEach(c -> cookies.put(c.split(";", 2)[0].split("=", 2)[0], c.split(";", 2)[0]));

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.values()));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "window1");
    form.add("password", "OneSeal-2026");
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/production/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(login.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the session cookie")
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));

    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/production/", String.class);
    assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
  }

  @Test
  void sessionsEndAfterThirtyIdleMinutes() {
    Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    assertThat(webapp.getSessionTimeout()).isEqualTo(30);
  }
}
