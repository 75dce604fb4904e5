package cn.gov.oneseal.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's webapps keep their runtime delegates (Tasklist, Cockpit, Admin, Welcome) in JVM-wide fields, set when a
 * webapp starts and cleared when one stops. In production there is one application per JVM; the tests run several
 * Spring contexts in one JVM, and a test class that closes its context ({@code @DirtiesContext}, e.g. the
 * production profile's) would leave the webapps of the contexts still cached answering 500. After each test class —
 * after its context is closed: this listener's order is below {@code DirtiesContextTestExecutionListener}'s, and the
 * after-class callbacks run in reverse order — the cleared delegates are set again as the webapps set them at start.
 * Registered for every test in {@code META-INF/spring.factories}.
 */
public class WebappDelegates implements TestExecutionListener, Ordered {

  @Override
  public void afterTestClass(TestContext testContext) {
    if (Tasklist.getRuntimeDelegate() == null) {
      Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
    }
    if (Cockpit.getRuntimeDelegate() == null) {
      Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
    }
    if (Admin.getRuntimeDelegate() == null) {
      Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
    }
    if (Welcome.getRuntimeDelegate() == null) {
      Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
    }
  }

  @Override
  public int getOrder() {
    return 2000;
  }
}
