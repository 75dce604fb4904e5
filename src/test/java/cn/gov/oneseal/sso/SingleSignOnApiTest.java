package cn.gov.oneseal.sso;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.SsoSpringTest;
import cn.gov.oneseal.support.TestDirectory;
import cn.gov.oneseal.support.TestIdentityProvider;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The sso profile over HTTP, against a real OpenID provider and the directory: the provider's bearer tokens open
 * {@code /engine-rest} and {@code /api} to the officer they name (groups from the token's claim where it has one),
 * HTTP Basic still works, and everything else — a forged, foreign or expired token, an officer the directory does not
 * have — is refused with a Chinese reason; the webapps send to the provider, and their password login is closed.
 */
@SsoSpringTest
class SingleSignOnApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;

  @AfterEach
  void restoreDirectory() {
    TestDirectory.restore();
  }

  @Test
  void anOfficersBearerTokenOpensTheEngineRestApiAsThatOfficer() throws Exception {
    ResponseEntity<String> profile = bearer(TestIdentityProvider.token("reviewer1", Map.of()),
        "/engine-rest/user/reviewer1/profile");
    assertThat(profile.getStatusCode()).as(profile.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(profile.getBody()).path("firstName").asText()).isEqualTo("王强");
    assertThat(bearer(TestIdentityProvider.token("reviewer1", Map.of()), "/engine-rest/user/window1/profile")
        .getStatusCode()).as("as reviewer1, with their rights: not another officer's profile")
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    // HTTP Basic beside it, against the directory
    assertThat(rest.withBasicAuth("reviewer1", TestDirectory.PASSWORD)
        .getForEntity("/engine-rest/user/reviewer1/profile", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theGroupsComeFromTheTokensClaimWhereItHasOne() {
    String head = TestIdentityProvider.token("window1", Map.of("groups", List.of("审批局-局负责人")));
    assertThat(bearer(head, "/api/v1/departures").getStatusCode()).as("a head by the provider's groups")
        .isEqualTo(HttpStatus.OK);
    String plain = TestIdentityProvider.token("window1", Map.of());
    ResponseEntity<String> window = bearer(plain, "/api/v1/departures");
    assertThat(window.getStatusCode()).as("the directory's groups: a window officer").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(window.getBody()).contains("只有局负责人和电子监察");
    String unmapped = TestIdentityProvider.token("window1", Map.of("groups", List.of("bureauHead", "camunda-admin")));
    assertThat(bearer(unmapped, "/api/v1/departures").getStatusCode()).as("only the mapped names count")
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void forgedForeignExpiredAndUnknownTokensAreRefusedInChinese() throws Exception {
    String valid = TestIdentityProvider.token("reviewer1", Map.of());
    assertThat(bearer(valid, "/engine-rest/task").getStatusCode()).as("the token they are made from")
        .isEqualTo(HttpStatus.OK);
    String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
    for (String token : List.of("not-a-token", forged,
        TestIdentityProvider.token("reviewer1", "another-system", Map.of()),
        TestIdentityProvider.token("another-provider", "reviewer1", TestIdentityProvider.CLIENT_ID, Map.of(), 3600),
        TestIdentityProvider.token(TestIdentityProvider.ISSUER, "reviewer1", TestIdentityProvider.CLIENT_ID, Map.of(),
            -300))) {
      ResponseEntity<String> refused = bearer(token, "/engine-rest/task");
      assertThat(refused.getStatusCode()).as(token).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(json.readTree(refused.getBody()).path("message").asText()).isEqualTo(SsoConfiguration.INVALID_TOKEN);
    }
    assertThat(bearer(TestIdentityProvider.token("stranger", Map.of()), "/engine-rest/task").getStatusCode())
        .as("the provider knows them, the directory does not").isEqualTo(HttpStatus.UNAUTHORIZED);
    String reviewer2 = TestIdentityProvider.token("reviewer2", Map.of());
    assertThat(bearer(reviewer2, "/api/v1/absences").getStatusCode()).isEqualTo(HttpStatus.OK);
    TestDirectory.delete(TestDirectory.userDn("reviewer2", "市行政审批服务局"));
    assertThat(bearer(reviewer2, "/api/v1/absences").getStatusCode())
        .as("gone from the directory: at once, token or not").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWebappsSendToTheProviderAndTheirPasswordLoginIsClosed() throws Exception {
    HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/camunda/app/tasklist/default/")).header("Accept", "text/html,application/xhtml+xml").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/oauth2/authorization/oneseal");
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/oauth2/authorization/oneseal")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().firstValue("Location").orElse(""))
        .startsWith(TestIdentityProvider.issuer() + "/authorize").contains("client_id=" + TestIdentityProvider.CLIENT_ID);

    ResponseEntity<String> api = rest.getForEntity("/camunda/api/engine/engine/default/task", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getBody()).contains(SsoConfiguration.LOGIN_FIRST);
    HttpHeaders form = new HttpHeaders();
    form.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> password = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
        HttpMethod.POST, new HttpEntity<>("username=window1&password=" + TestDirectory.PASSWORD, form), String.class);
    assertThat(password.getStatusCode().is4xxClientError()).as(password.getBody()).isTrue();
    assertThat(password.getBody()).doesNotContain("window1");
  }

  private ResponseEntity<String> bearer(String token, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }
}
