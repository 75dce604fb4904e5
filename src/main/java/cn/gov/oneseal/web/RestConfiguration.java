package cn.gov.oneseal.web;

import java.util.List;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the project's additions to the engine's REST API: on {@code /engine-rest} here, on the webapps' own
 * engine API ({@code /camunda/api/engine}, behind Tasklist, Cockpit and Admin) through {@link WebappEngineRest}.
 */
@Configuration(proxyBeanMethods = false)
class RestConfiguration {

  /** The project's exception mappers, the same on both surfaces. */
  static final List<Class<?>> PROVIDERS = List.of(FormValidationRestMapper.class, FormValidationRestMapper.Direct.class,
      FormValidationRestMapper.Engine.class, FormValidationRestMapper.Anything.class,
      FormValidationRestMapper.UnparsableJson.class, FormValidationRestMapper.UnmappableJson.class);

  @Bean
  ResourceConfigCustomizer formValidationRestMapper() {
    return config -> PROVIDERS.forEach(config::register);
  }
}
