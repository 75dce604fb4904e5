package cn.gov.oneseal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.CaseTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The plugin as Cockpit serves it: registered for the webapp, its plugin.js served, and its REST answering the
 * auditor (and supervisor) but refusing officers, through the webapps' own session login.
 */
class CaseHistoryPluginTest extends CaseTest {

  private static final String PLUGIN = "/camunda/api/cockpit/plugin/" + CaseHistoryPlugin.ID;

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Value("${oneseal.demo.password}") String password;

  @Test
  void theWebappFindsThePluginWithItsResources() {
    List<CockpitPlugin> plugins = ServiceLoader.load(CockpitPlugin.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.getId().equals(CaseHistoryPlugin.ID)).toList();
    assertThat(plugins).hasSize(1);
    assertThat(plugins.get(0).getResourceClasses()).containsExactly(CaseHistoryRootResource.class);
  }

  @Test
  void pluginJsAndCssAreServedAndOtherFilesAreNot() {
    ResponseEntity<String> js = rest.getForEntity(PLUGIN + "/static/app/plugin.js", String.class);
    assertThat(js.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(js.getBody()).contains("export default").contains("cockpit.route").contains("办件历史");
    ResponseEntity<String> css = rest.getForEntity(PLUGIN + "/static/app/plugin.css", String.class);
    assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(css.getHeaders().getContentType().toString()).startsWith("text/css");
    assertThat(rest.getForEntity(PLUGIN + "/static/app/other.js", String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void theAuditorAndTheSupervisorReadCasesAndTheirTimelines() throws Exception {
    String caseNumber = officers.grantedFood();
    for (String reader : List.of("auditor1", "supervisor1")) {
      HttpHeaders session = login(reader);

      ResponseEntity<String> search = get(session, "/default/cases?caseNumber=" + caseNumber);
      assertThat(search.getStatusCode()).as(reader + ": " + search.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode page = json.readTree(search.getBody());
      assertThat(page.get("total").asLong()).isEqualTo(1);
      assertThat(page.get("rows").get(0).get("caseNumber").asText()).isEqualTo(caseNumber);

      ResponseEntity<String> timeline = get(session, "/default/cases/" + caseNumber);
      assertThat(timeline.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(timeline.getBody()).contains("\"completedBy\":\"decider1\"").contains("符合法定条件");

      assertThat(get(session, "/default/cases/NO-SUCH-CASE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<String> tooLarge = get(session, "/default/cases?size=101");
      assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(tooLarge.getBody()).contains("每页条数");
    }
  }

  @Test
  void othersAreRefused() {
    assertThat(get(new HttpHeaders(), "/default/cases").getStatusCode()).as("no session")
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(CaseHistoryResource.mayRead(groups("auditor1"))).isTrue();
    assertThat(CaseHistoryResource.mayRead(groups("supervisor1"))).isTrue();
    assertThat(CaseHistoryResource.mayRead(groups("window1"))).isFalse();
    assertThat(CaseHistoryResource.mayRead(groups("decider1"))).isFalse();
    // an officer with a Cockpit session who is not an auditor, supervisor or admin
    HttpHeaders analyst = login("analyst1");
    ResponseEntity<String> refused = get(analyst, "/default/cases");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("办件历史仅供");
    assertThat(get(analyst, "/default/cases/X").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private List<String> groups(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
  }

  private ResponseEntity<String> get(HttpHeaders session, String path) {
    return rest.exchange(PLUGIN + path, HttpMethod.GET, new HttpEntity<>(session), String.class);
  }

  /**
   * The Cockpit login of the webapps, as a browser does it: a first GET gives the session and the CSRF token
   * (cookie XSRF-TOKEN, header X-XSRF-TOKEN) that the login POST must send; the cookies for the next requests.
   */
  private HttpHeaders login(String userId) {
    ResponseEntity<String> first = rest.getForEntity("/camunda/api/admin/auth/user/default", String.class);
    Map<String, String> cookies = new LinkedHashMap<>();
    remember(cookies, first);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
    headers.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", userId);
    form.add("password", password);
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/cockpit",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as(userId + " logs in to Cockpit: " + login.getBody()).isEqualTo(HttpStatus.OK);
    remember(cookies, login);
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, cookieHeader(cookies));
    return session;
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
