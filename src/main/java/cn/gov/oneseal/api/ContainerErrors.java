package cn.gov.oneseal.api;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat refuses before the application sees the request (a request line or headers over the size limit,
 * an invalid URL) is answered in JSON with a {@code code} and a Chinese {@code message} ({@link ContainerErrorReport})
 * instead of Tomcat's error page, so that an integrator's client can read it like the API's own errors.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ContainerErrorReport.class.getName());
      }
    });
  }
}
