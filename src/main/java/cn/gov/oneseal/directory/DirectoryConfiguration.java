package cn.gov.oneseal.directory;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.security.Role;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code ldap}: the engine's users, groups and bureaus come from the directory, read-only
 * (src/docs/directory.md). The administrators are the members of the directory group mapped to {@code camunda-admin};
 * the engine grants that group every right, as it grants the administrator it creates without a directory.
 */
@Configuration(proxyBeanMethods = false)
@Profile("ldap")
@EnableConfigurationProperties(DirectoryProperties.class)
class DirectoryConfiguration {

  @Bean
  @ConfigurationProperties("oneseal.directory.ldap")
  DirectoryPlugin directoryPlugin(DirectoryProperties properties, Bureaus bureaus) {
    return new DirectoryPlugin(properties, bureaus);
  }

  @Bean
  AdministratorAuthorizationPlugin directoryAdministrators() {
    AdministratorAuthorizationPlugin administrators = new AdministratorAuthorizationPlugin();
    administrators.setAdministratorGroupName(Role.ADMIN_GROUP);
    return administrators;
  }
}
