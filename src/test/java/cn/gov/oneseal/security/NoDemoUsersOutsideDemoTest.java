package cn.gov.oneseal.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.support.TestDatabase;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Without the demo profile no account exists, but the roles, their rights and the filters do. The
 * engine gets its own name: REST filters look engines up by name, and the demo context's engine is
 * "default".
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=nodemo")
@ActiveProfiles(resolver = TestDatabase.TestProfiles.class)
@Tag(TestDatabase.TAG)
@DirtiesContext
class NoDemoUsersOutsideDemoTest {

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;

  @Test
  void noUserExistsUntilConfigured() {
    assertThat(identityService.createUserQuery().count()).isZero();
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
