package cn.gov.oneseal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.cockpit.ReadOnlyPluginResource;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.ServiceLoader;
import org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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
      WebappSession session = login(reader);

      ResponseEntity<String> search = get(session, "/default/cases?caseNumber=" + caseNumber);
      assertThat(search.getStatusCode()).as(reader + ": " + search.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode page = json.readTree(search.getBody());
      assertThat(page.get("total").asLong()).isEqualTo(1);
      assertThat(page.get("rows").get(0).get("caseNumber").asText()).isEqualTo(caseNumber);

      ResponseEntity<String> timeline = get(session, "/default/cases/" + caseNumber);
      assertThat(timeline.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(timeline.getBody()).contains("\"completedBy\":\"陈建国（decider1）\"").contains("符合法定条件");

      assertThat(get(session, "/default/cases/NO-SUCH-CASE").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      ResponseEntity<String> tooLarge = get(session, "/default/cases?size=101");
      assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(tooLarge.getBody()).contains("每页条数");
    }
  }

  @Test
  void othersAreRefused() {
    assertThat(get(WebappSession.anonymous(rest), "/default/cases").getStatusCode()).as("no session")
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(ReadOnlyPluginResource.mayRead(groups("auditor1"))).isTrue();
    assertThat(ReadOnlyPluginResource.mayRead(groups("supervisor1"))).isTrue();
    assertThat(ReadOnlyPluginResource.mayRead(groups("window1"))).isFalse();
    assertThat(ReadOnlyPluginResource.mayRead(groups("decider1"))).isFalse();
    // an officer with a Cockpit session who is not an auditor, supervisor or admin
    WebappSession analyst = login("analyst1");
    ResponseEntity<String> refused = get(analyst, "/default/cases");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("办件历史仅供");
    assertThat(get(analyst, "/default/cases/X").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private List<String> groups(String userId) {
    return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
  }

  private ResponseEntity<String> get(WebappSession session, String path) {
    return session.get(PLUGIN + path);
  }

  private WebappSession login(String userId) {
    return WebappSession.login(rest, "cockpit", userId, password);
  }
}
