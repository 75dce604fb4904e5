package cn.gov.oneseal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with the demo officers on a private database (in-memory H2, or in the suite's
 * PostgreSQL run a fresh PostgreSQL database under the postgres profile: see {@link TestDatabase}), without
 * the background job executor, with the outbox's {@link TestReceiver}; one context shared by all tests that use this
 * annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.DemoProfiles.class)
@Tag(TestDatabase.TAG)
@Import(TestReceiver.class)
public @interface OneSealSpringTest {}
