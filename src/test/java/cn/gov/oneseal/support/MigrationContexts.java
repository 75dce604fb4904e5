package cn.gov.oneseal.support;

import java.sql.Connection;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/** A Flyway migration context over a connection of the test's own, for running a Java migration by hand. */
public final class MigrationContexts {

  private MigrationContexts() {}

  public static Context of(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
