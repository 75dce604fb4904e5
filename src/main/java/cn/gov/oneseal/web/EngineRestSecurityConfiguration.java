package cn.gov.oneseal.web;

import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} is open by default; here every call must authenticate with HTTP Basic
 * against the engine's users, so the engine's authorization checks apply to the caller — the list of
 * engines ({@code /engine-rest/engine}) included, which the engine's own filter would leave open.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<BasicAuthenticationFilter> engineRestAuthenticationFilter(
      ObjectProvider<AuthenticationProvider> provider) {
    FilterRegistrationBean<BasicAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new BasicAuthenticationFilter(request -> false, provider.getIfAvailable()));
    registration.setName("oneseal-engine-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }
}
