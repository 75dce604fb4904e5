package cn.gov.oneseal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.OneSealApplication;
import cn.gov.oneseal.support.TestDatabase;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Without the demo profile no account exists but the configured administrator, and the roles, their rights and the
 * filters do; without an administrator in the configuration the application does not start. The
 * engine gets its own name: REST filters look engines up by name, and the demo context's engine is
 * "default". These contexts run without the webapps, which they do not need: the webapps keep their runtime in
 * static fields, and a context of theirs that closes (this class's, dirtied, or the one that fails to start) empties
 * them for every other context of the test JVM — the shared demo context's Tasklist, Cockpit and Admin APIs would
 * answer 500 from then on.
 */
@SpringBootTest(properties = {"camunda.bpm.process-engine-name=nodemo", "camunda.bpm.admin-user.id=root",
    "camunda.bpm.admin-user.password=Str0ng-Pass-2026!", NoDemoUsersOutsideDemoTest.NO_WEBAPPS})
@ActiveProfiles(resolver = TestDatabase.TestProfiles.class)
@Tag(TestDatabase.TAG)
@DirtiesContext
class NoDemoUsersOutsideDemoTest {

  static final String NO_WEBAPPS = "camunda.bpm.webapp.enabled=false";

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

  @Test
  void noUserExistsButTheConfiguredAdministrator() {
    assertThat(identityService.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("root");
    assertThat(identityService.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).count()).isEqualTo(1);
  }

  @Test
  void withoutAnAdministratorTheApplicationDoesNotStart() {
    // CVE-2026-77226: the Admin set-up page would let the first visitor create one; it is closed, so the
    // administrator must come from the configuration
    SpringApplicationBuilder noAdmin = new SpringApplicationBuilder(OneSealApplication.class)
        .profiles(TestDatabase.profiles("test"))
        .properties("camunda.bpm.process-engine-name=noadmin", NO_WEBAPPS);
    // a random port as an argument: a default property would give way to application.yaml's 8080, which another
    // application on the machine may hold
    assertThatThrownBy(() -> noAdmin.run("--server.port=0")).hasStackTraceContaining("没有系统管理员")
        .hasStackTraceContaining("CAMUNDA_BPM_ADMINUSER_ID");
  }

  @Test
  void rolesRightsAndSharedFiltersAreInPlace() {
    assertThat(identityService.createGroupQuery().list()).extracting(g -> g.getId())
        .contains("window", "reviewer", "decider", "bureauHead", "surveyLead", "supervisor", "auditor",
            "regulatorSamr");
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("window")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("FoodBusinessLicence").count()).isEqualTo(1);
    assertThat(authorizationService.createAuthorizationQuery().groupIdIn("reviewer")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("FoodBusinessLicence").count()).isZero();
    assertThat(filterService.createFilterQuery().list()).extracting(f -> f.getName())
        .contains("我的待办", "组待办", "即将超期", "已超期", "容缺待补正", "待签收监管", "综合受理窗口待办", "审查员待办",
            "审批决定人待办", "市场监督管理局待办");
  }
}
