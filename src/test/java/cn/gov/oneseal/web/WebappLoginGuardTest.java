package cn.gov.oneseal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.security.Role;
import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.WebappSession;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The technical clients cannot log in to any webapp — Welcome included, which the engine is not asked about and whose
 * session would open the webapps' own engine API — while they still call their API and their department's officers
 * still use Tasklist.
 */
@OneSealSpringTest
class WebappLoginGuardTest {

  static final String PASSWORD = "OneSeal-2026";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;

  @Test
  void aTechnicalClientCannotLogInToAnyWebappButCallsItsApiAndItsDepartmentsOfficersUseTasklist() {
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      for (String[] client : new String[][] {{"nhcSystem", "OneSeal-Nhc-2026"}, {"portal", "OneSeal-Hall-2026"}}) {
        ResponseEntity<String> login = WebappSession.attemptLogin(rest, app, client[0], client[1]);
        assertThat(login.getStatusCode()).as(client[0] + " logs in to " + app).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login.getBody()).contains("接口账号只能调用对接接口");
      }
    }
    // the same client still calls its own API
    assertThat(rest.withBasicAuth("nhcSystem", "OneSeal-Nhc-2026").getForEntity("/api/v1/regulator/dispatches",
        Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // its department's officer, in the same group, still uses Tasklist and its engine API
    WebappSession officer = WebappSession.login(rest, "tasklist", "nhc1", PASSWORD);
    assertThat(officer.get("/camunda/api/engine/engine/default/task/count").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aWrongPasswordIsAnsweredAsForAnyoneAndABodyThatIsNoFormIsRefused() {
    // an account of its own: a wrong password delays the account's next login
    User probe = identity.newUser("probeSystem");
    probe.setPassword("Probe-System-2026");
    identity.saveUser(probe);
    try {
      identity.createMembership("probeSystem", Role.API_PORTAL);
      ResponseEntity<String> wrong = WebappSession.attemptLogin(rest, "welcome", "probeSystem", "Wrong-Password-1");
      assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(wrong.getBody()).isNull();
      assertThat(WebappSession.attemptLogin(rest, "welcome", "nobodyAtAll", "Wrong-Password-1").getStatusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    } finally {
      identity.deleteUser("probeSystem");
    }
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> notAForm = rest.postForEntity("/camunda/api/admin/auth/user/default/login/welcome",
        new HttpEntity<>("{\"username\":\"nhcSystem\",\"password\":\"OneSeal-Nhc-2026\"}", json), String.class);
    assertThat(notAForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAForm.getBody()).contains("登录请求须为表单");
  }
}
