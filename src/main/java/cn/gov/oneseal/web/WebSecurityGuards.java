package cn.gov.oneseal.web;

import cn.gov.oneseal.security.Role;

import cn.gov.oneseal.api.JsonRefusal;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FormLabels;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Known weaknesses of the Community Edition 7.24.0 closed by the application:
 * <ul>
 *   <li>CVE-2026-77226: the Admin webapp's set-up endpoint ({@code /camunda/api/admin/setup/…}) lets anyone create
 *   an administrator while none exists. It is closed for good here (403), and the application refuses to start
 *   without an administrator, who must come from the configuration ({@code camunda.bpm.admin-user.*}, e.g.
 *   {@code CAMUNDA_BPM_ADMINUSER_ID} / {@code CAMUNDA_BPM_ADMINUSER_PASSWORD}).</li>
 *   <li>Expressions in task queries' {@code orQueries} and in filter extensions ({@link QueryExpressionGuard}).</li>
 *   <li>The technical clients kept to their own API ({@link TechnicalClientConfinement}) and out of the webapps
 *   ({@link WebappLoginGuard}).</li>
 *   <li>Engine operations no step uses, closed to officers ({@link EngineRestBoundaries}), and a step completed with
 *   its form's fields only ({@link FormFieldsOnly}).</li>
 *   <li>A weak password answered with HTTP 500 instead of the policy's rules ({@link PasswordPolicyGuard}).</li>
 *   <li>NUL characters, typed case numbers and broken JSON in start and task forms ({@link FormSubmissionGuard}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityGuards {

  static final String SETUP_REFUSED = "管理员账号只能由配置创建（camunda.bpm.admin-user），初始化页面已关闭";

  @Bean
  FilterRegistrationBean<Filter> adminSetupClosed(ObjectMapper json) {
    Filter closed = (request, response, chain) -> {
      JsonRefusal.write((HttpServletResponse) response, HttpServletResponse.SC_FORBIDDEN, json,
          Map.of("type", "AuthorizationException", "message", SETUP_REFUSED));
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(closed);
    registration.setName("oneseal-admin-setup-closed");
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<QueryExpressionGuard> queryExpressionGuard(ObjectMapper json) {
    return onEngineRest("oneseal-query-expression-guard", new QueryExpressionGuard(json));
  }

  @Bean
  FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuard(ObjectMapper json, ItemCatalogue catalogue,
      RepositoryService repositories, FormLabels labels) {
    return onEngineRest("oneseal-form-submission-guard",
        new FormSubmissionGuard(json, catalogue, repositories, labels));
  }

  @Bean
  FilterRegistrationBean<TechnicalClientConfinement> technicalClientConfinement(IdentityService identityService,
      ObjectMapper json) {
    FilterRegistrationBean<TechnicalClientConfinement> registration =
        new FilterRegistrationBean<>(new TechnicalClientConfinement(identityService, json));
    registration.setName("oneseal-technical-client-confinement");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(12);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginGuard> webappLoginGuard(ProcessEngine engine, ObjectMapper json) {
    FilterRegistrationBean<WebappLoginGuard> registration = new FilterRegistrationBean<>(new WebappLoginGuard(engine,
        json));
    registration.setName("oneseal-webapp-login-guard");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineRestBoundaries> engineRestBoundaries(IdentityService identityService, ObjectMapper json) {
    return onEngineRest("oneseal-engine-rest-boundaries", new EngineRestBoundaries(identityService, json));
  }

  @Bean
  FilterRegistrationBean<FormFieldsOnly> formFieldsOnly(ObjectMapper json, ProcessEngine engine) {
    return onEngineRest("oneseal-form-fields-only", new FormFieldsOnly(json, engine));
  }

  @Bean
  FilterRegistrationBean<PasswordPolicyGuard> newUserPasswordGuard(ObjectMapper json, IdentityService identityService) {
    return onEngineRest("oneseal-new-user-password-guard",
        new PasswordPolicyGuard(json, "POST", "user/create", identityService));
  }

  @Bean
  FilterRegistrationBean<PasswordPolicyGuard> changedPasswordGuard(ObjectMapper json, IdentityService identityService) {
    return onEngineRest("oneseal-changed-password-guard",
        new PasswordPolicyGuard(json, "PUT", "user/[^/]+/credentials", identityService));
  }

  /** A guard of both engine REST surfaces ({@code /engine-rest} and the webapps'), after the logins. */
  private static <F extends Filter> FilterRegistrationBean<F> onEngineRest(String name, F guard) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(guard);
    registration.setName(name);
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(12);
    return registration;
  }

  /** Refuses to run without an administrator (after the demo data and the configured admin user exist). */
  @Bean
  AdministratorRequired administratorRequired(IdentityService identityService) {
    return new AdministratorRequired(identityService);
  }

  static final class AdministratorRequired {

    private final IdentityService identityService;

    AdministratorRequired(IdentityService identityService) {
      this.identityService = identityService;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
      if (identityService.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).count() == 0) {
        throw new IllegalStateException("没有系统管理员：请用 CAMUNDA_BPM_ADMINUSER_ID 和 CAMUNDA_BPM_ADMINUSER_PASSWORD "
            + "（camunda.bpm.admin-user.id / password）配置管理员账号后再启动；Admin 的初始化页面已关闭（CVE-2026-77226）");
      }
    }
  }
}
