package cn.gov.oneseal.form;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the project's additions to the engine's REST API ({@code /engine-rest}). */
@Configuration(proxyBeanMethods = false)
class RestConfiguration {

  @Bean
  ResourceConfigCustomizer formValidationRestMapper() {
    return config -> config.register(FormValidationRestMapper.class).register(FormValidationRestMapper.Direct.class)
        .register(FormValidationRestMapper.Engine.class).register(FormValidationRestMapper.UnparsableJson.class)
        .register(FormValidationRestMapper.UnmappableJson.class);
  }
}
