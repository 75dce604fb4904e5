package cn.gov.oneseal.directory;

import cn.gov.oneseal.bureau.Bureaus;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.springframework.beans.factory.InitializingBean;

/**
 * Camunda's LDAP plugin (its properties bound from {@code oneseal.directory.ldap}) opening {@link DirectorySession}s.
 */
public class DirectoryPlugin extends LdapIdentityProviderPlugin implements InitializingBean {

  private final DirectoryProperties properties;
  private final Bureaus bureaus;
  private DirectoryMapping mapping;

  DirectoryPlugin(DirectoryProperties properties, Bureaus bureaus) {
    this.properties = properties;
    this.bureaus = bureaus;
  }

  /** Checks the mapping once the plugin's own properties (the base DN among them) are bound. */
  @Override
  public void afterPropertiesSet() {
    mapping = new DirectoryMapping(properties, bureaus.bureaus(), getBaseDn());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    super.preInit(configuration);
    DirectoryMapping sessions = mapping;
    LdapIdentityProviderFactory factory = new LdapIdentityProviderFactory() {
      @Override
      public Session openSession() {
        return new DirectorySession(ldapConfiguration, sessions);
      }
    };
    factory.setLdapConfiguration(this);
    configuration.setIdentityProviderSessionFactory(factory);
  }
}
