package cn.gov.oneseal.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryDirectoryServerSnapshot;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The tests' LDAP directory: a real LDAP server (UnboundID's in-memory directory server) on a free loopback port,
 * loaded once per test JVM from the example directory the operations guide ships
 * ({@code src/docs/directory/officers.ldif}), with the schema checked. A test that changes it puts it back with {@link #restore()}.
 */
public final class TestDirectory {

  public static final String LDIF = "src/docs/directory/officers.ldif";
  public static final String BASE_DN = "dc=bureau,dc=example";
  public static final String PASSWORD = "OneSeal-2026";
  /** The password of the service account OneSeal reads the directory with (the LDIF's cn=oneseal). */
  public static final String MANAGER_PASSWORD = "OneSeal-Directory-2026";

  private static InMemoryDirectoryServer server;
  private static InMemoryDirectoryServerSnapshot loaded;

  private TestDirectory() {}

  /** The server, started on first use. */
  public static synchronized InMemoryDirectoryServer server() {
    if (server == null) {
      try {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0,
            null));
        // a deleted officer leaves the groups too, as directories with referential integrity do
        config.setReferentialIntegrityAttributes("member");
        server = new InMemoryDirectoryServer(config);
        try (LDIFReader ldif = new LDIFReader(Path.of(LDIF).toFile())) {
          server.importFromLDIF(true, ldif);
        }
        server.startListening();
        loaded = server.createSnapshot();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutDown(true), "test-directory-stop"));
      } catch (LDAPException | IOException e) {
        throw new IllegalStateException("cannot start the test directory from " + LDIF, e);
      }
    }
    return server;
  }

  /** The ldap profile's connection to this server. */
  static Map<String, Object> connection() {
    return Map.of("oneseal.directory.ldap.server-url", "ldap://127.0.0.1:" + server().getListenPort() + "/",
        "oneseal.directory.ldap.manager-password", MANAGER_PASSWORD);
  }

  /** The ldap profile's configuration for this server (and the browser tests' password, BrowserWalk's). */
  public static class Properties implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      Map<String, Object> properties = new HashMap<>(connection());
      properties.put("oneseal.demo.password", PASSWORD);
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oneseal-test-ldap", properties));
    }
  }

  /** Puts the directory back as the LDIF has it. */
  public static synchronized void restore() {
    try {
      server().restoreSnapshot(loaded);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot restore the test directory", e);
    }
  }

  /** The DN of a user in one of the LDIF's units (e.g. 市行政审批服务局). */
  public static String userDn(String userId, String unit) {
    return "uid=" + userId + ",ou=" + unit + ",ou=people," + BASE_DN;
  }

  public static String groupDn(String directoryGroup) {
    return "cn=" + directoryGroup + ",ou=groups," + BASE_DN;
  }

  /** Adds (true) or removes (false) the user from the directory group. */
  public static void membership(String userDn, String directoryGroup, boolean member) {
    try {
      server().modify(groupDn(directoryGroup), new Modification(member ? ModificationType.ADD : ModificationType.DELETE,
          "member", userDn));
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deletes an entry, as an administrator does when an officer leaves. */
  public static void delete(String dn) {
    try {
      server().delete(dn);
    } catch (LDAPException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The profiles ldap and test (and postgres in the PostgreSQL run): no demo users, the directory's. */
  public static class Profiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return TestDatabase.profiles("ldap", "test");
    }
  }

  /** The profiles ldap, sso and test (and postgres in the PostgreSQL run). */
  public static class SsoProfiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return TestDatabase.profiles("ldap", "sso", "test");
    }
  }

}
