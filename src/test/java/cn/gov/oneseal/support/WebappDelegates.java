package cn.gov.oneseal.support;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
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
 * The engines too: the engine REST finds an engine by name in Camunda's JVM-wide registry ({@link ProcessEngines}),
 * and a context closed after its class unregisters its engine by name — when that context's engine was also named
 * {@code default} (its own database, e.g. {@code ModelChangeTest}), the cached contexts' {@code default} engine went
 * with it and their REST calls met no engine. After each class, every engine of a context still open is registered
 * again if its name is missing. Registered for every test in {@code META-INF/spring.factories}.
 */
public class WebappDelegates implements TestExecutionListener, Ordered {

  private static final Set<ConfigurableApplicationContext> CONTEXTS =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

  @Override
  public void beforeTestClass(TestContext testContext) {
    ApplicationContext context = testContext.getApplicationContext();
    if (context instanceof ConfigurableApplicationContext configurable) {
      CONTEXTS.add(configurable);
    }
  }

  @Override
  public void afterTestClass(TestContext testContext) {
    synchronized (CONTEXTS) {
      for (ConfigurableApplicationContext context : CONTEXTS) {
        if (context.isActive()) {
          context.getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
            if (ProcessEngines.getProcessEngines().get(engine.getName()) == null) {
              ProcessEngines.registerProcessEngine(engine);
            }
          });
        }
      }
    }
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
