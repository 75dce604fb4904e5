package cn.gov.oneseal.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The webapps' own engine API ({@code /camunda/api/engine/…}, which Tasklist, Cockpit and Admin call) is a JAX-RS
 * application of its own, registered by the Camunda webapp starter as the servlet "Engine Api" unless one of that
 * name exists. It is registered here first, the same application plus the project's exception mappers
 * ({@link RestConfiguration#PROVIDERS}), so that an officer in Tasklist gets the same answers as a client of
 * {@code /engine-rest}: a refused form is 400 with its fields, another bureau's task 404, a conflict 409, and no
 * answer shows SQL or Java class names. Only where the webapps run (as the starter's own condition): without them
 * there would be no login in front of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
class WebappEngineRest {

  /** The servlet's name in the Camunda webapp starter ({@code CamundaBpmWebappInitializer}). */
  static final String SERVLET = "Engine Api";

  @Bean
  ServletContextInitializer webappEngineRestWithProjectMappers(CamundaBpmProperties properties) {
    return new Registration(properties.getWebapp().getApplicationPath());
  }

  /** Runs before the webapp starter's initializer (which has no order, i.e. the lowest precedence). */
  static final class Registration implements ServletContextInitializer, Ordered {

    private final String applicationPath;

    Registration(String applicationPath) {
      this.applicationPath = applicationPath;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
      if (servletContext.getServletRegistration(SERVLET) != null) {
        throw new IllegalStateException("webapp engine API registered before the project's: " + SERVLET);
      }
      ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET, ServletContainer.class);
      servlet.addMapping(applicationPath + "/api/engine/*");
      servlet.setInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, Application.class.getName());
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /** The webapps' engine API with the project's exception mappers. */
  public static class Application extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.addAll(RestConfiguration.PROVIDERS);
      return classes;
    }
  }
}
