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
 * The whole application with the profile ldap against {@link TestDirectory}, the online hall's account ({@code portal})
 * configured as a technical client. Closed after each class, as {@link SsoSpringTest}'s and for the same reason.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "oneseal.api.clients[0].id=portal", "oneseal.api.clients[0].name=网上办事大厅", "oneseal.api.clients[0].kind=PORTAL"})
@ActiveProfiles(resolver = TestDirectory.Profiles.class)
@ContextConfiguration(initializers = TestDirectory.Properties.class)
@Tag(TestDatabase.TAG)
@Import(TestReceiver.class)
@DirtiesContext
public @interface DirectorySpringTest {}
