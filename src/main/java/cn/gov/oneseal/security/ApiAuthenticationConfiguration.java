package cn.gov.oneseal.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bureau's own non-public API (supervision, case clocks and notices, calendar maintenance, the
 * licence register) authenticates
 * like {@code /engine-rest}: HTTP Basic against the engine's users, whose groups and bureaus then
 * decide what they may see. The service guide and the working-day calculator stay public.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>();
    registration.setName("oneseal-api-authentication");
    registration.setFilter(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/api/v1/supervision/*", "/api/v1/cases/*", "/api/v1/admin/*", "/api/v1/licences/*");
    registration.setOrder(11);
    return registration;
  }
}
