package cn.gov.oneseal.support;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The tests' OpenID Connect provider: a real one (NAV's mock-oauth2-server) on a free loopback port, issuer
 * {@code …/oneseal}, with an interactive login page of our own ({@code src/test/resources/sso/login.html}: the user
 * name typed is the officer), started once per test JVM; it also issues bearer tokens for the API tests.
 * {@link Properties} points a context with the ldap and sso profiles at it and at {@link TestDirectory}.
 */
public final class TestIdentityProvider {

  public static final String ISSUER = "oneseal";
  public static final String CLIENT_ID = "oneseal-test";
  public static final String CLIENT_SECRET = "oneseal-test-secret";

  private static MockOAuth2Server server;

  private TestIdentityProvider() {}

  public static synchronized MockOAuth2Server server() {
    if (server == null) {
      OAuth2Config config = new OAuth2Config(true, "src/test/resources/sso/login.html", null, false,
          new OAuth2TokenProvider(), Set.of(), new MockWebServerWrapper());
      server = new MockOAuth2Server(config);
      server.start(InetAddress.getLoopbackAddress(), 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "test-identity-provider-stop"));
    }
    return server;
  }

  public static String issuer() {
    return server().issuerUrl(ISSUER).toString();
  }

  /** A bearer token for the officer (user id in {@code preferred_username}), for OneSeal, with extra claims. */
  public static String token(String userId, Map<String, Object> claims) {
    return token(userId, CLIENT_ID, claims);
  }

  /** A bearer token for the officer issued for another audience. */
  public static String token(String userId, String audience, Map<String, Object> claims) {
    return token(ISSUER, userId, audience, claims, 3600);
  }

  /**
   * A bearer token of an issuer of this server (another than OneSeal's too), for the audience, with the claims, valid
   * for the seconds (negative: expired).
   */
  public static String token(String issuer, String userId, String audience, Map<String, Object> claims,
      long seconds) {
    Map<String, Object> all = new HashMap<>(claims);
    all.putIfAbsent("preferred_username", userId);
    return server().issueToken(issuer, CLIENT_ID, new DefaultOAuth2TokenCallback(issuer, userId, "JWT",
        List.of(audience), all, seconds)).serialize();
  }

  /** The sso and ldap profiles' configuration for these servers. */
  public static class Properties implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      Map<String, Object> properties = new HashMap<>(TestDirectory.connection());
      properties.put("ONESEAL_SSO_ISSUER", issuer());
      properties.put("ONESEAL_SSO_CLIENT_ID", CLIENT_ID);
      properties.put("ONESEAL_SSO_CLIENT_SECRET", CLIENT_SECRET);
      properties.put("ONESEAL_SSO_GROUPS_CLAIM", "groups");
      // the browser tests' password (BrowserWalk), unused: the officers log in at the provider
      properties.put("oneseal.demo.password", TestDirectory.PASSWORD);
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oneseal-test-sso", properties));
    }
  }
}
