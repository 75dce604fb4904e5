package cn.gov.oneseal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application with the profiles ldap and sso against the tests' own servers: the officers of
 * {@link TestDirectory}, the OpenID provider {@link TestIdentityProvider}. Its engine is named {@code default}, as
 * the webapps' addresses and the engine REST need, like the demo context's: Camunda's JVM-wide registry keeps one
 * engine per name, so the context is closed after each class ({@link WebappDelegates} then gives the name back to
 * the demo context's engine), rather than left cached to answer the demo tests' REST calls.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDirectory.SsoProfiles.class)
@ContextConfiguration(initializers = TestIdentityProvider.Properties.class)
@Tag(TestDatabase.TAG)
@Import(TestReceiver.class)
@DirtiesContext
public @interface SsoSpringTest {}
