package cn.gov.oneseal.schema;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A Flyway migration that applies the SQL scripts shipped in the camunda-engine jar to a PostgreSQL
 * database, so that Flyway creates and upgrades the engine's schema (ACT_*) like the project's own tables
 * and the engine itself never changes the schema ({@code camunda.bpm.database.schema-update: false}).
 *
 * <p>{@link #create} runs the engine's create scripts ({@code org/camunda/bpm/engine/db/create/
 * activiti.postgres.create.*.sql}) unless the engine's tables are already there (a database whose engine
 * created them itself earlier is adopted as it is). {@link #upgrade} runs an upgrade script
 * ({@code org/camunda/bpm/engine/db/upgrade/postgres_engine_<from>_to_<to>.sql}) unless the engine's
 * schema log already records the target version (a database created by the newer engine's create
 * scripts). The scripts come from the engine on the classpath, so no checksum is kept: their text changes
 * with the engine's version while what they did to an existing database stays done.
 */
public final class EngineSchemaMigration implements JavaMigration {

  private static final String CREATE = "org/camunda/bpm/engine/db/create/activiti.postgres.create.%s.sql";
  private static final String UPGRADE = "org/camunda/bpm/engine/db/upgrade/postgres_engine_%s_to_%s.sql";
  /** The engine's order of its table groups (DbSqlSession.dbSchemaCreate). */
  private static final List<String> CREATE_GROUPS = List.of(
      "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

  private final MigrationVersion version;
  private final String description;
  private final List<String> scripts;
  private final String targetEngineVersion;

  private EngineSchemaMigration(String version, String description, List<String> scripts,
      String targetEngineVersion) {
    this.version = MigrationVersion.fromVersion(version);
    this.description = description;
    this.scripts = scripts;
    this.targetEngineVersion = targetEngineVersion;
  }

  /** Creates the engine's schema (every table group) from the create scripts of the engine on the classpath. */
  public static EngineSchemaMigration create(String version) {
    return new EngineSchemaMigration(version, "camunda engine schema (create scripts of the engine jar)",
        CREATE_GROUPS.stream().map(group -> CREATE.formatted(group)).toList(), null);
  }

  /**
   * Upgrades the engine's schema from one minor version to the next, e.g. {@code upgrade("21", "7.24",
   * "7.25")} with the engine jar of 7.25 on the classpath; one migration per minor step.
   */
  public static EngineSchemaMigration upgrade(String version, String fromMinor, String toMinor) {
    return new EngineSchemaMigration(version, "camunda engine schema " + fromMinor + " to " + toMinor,
        List.of(UPGRADE.formatted(fromMinor, toMinor)), toMinor);
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName();
    if (!"PostgreSQL".equals(product)) {
      throw new IllegalStateException("the engine schema migration is written for PostgreSQL, not " + product);
    }
    boolean done = targetEngineVersion == null ? engineTablesPresent(connection)
        : schemaLogRecords(connection, targetEngineVersion);
    if (done) {
      return;
    }
    for (String script : scripts) {
      ClassPathResource resource = new ClassPathResource(script);
      if (!resource.exists()) {
        throw new IllegalStateException("the engine jar on the classpath has no " + script);
      }
      ScriptUtils.executeSqlScript(connection, new EncodedResource(resource, StandardCharsets.UTF_8));
    }
  }

  private static boolean engineTablesPresent(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select count(*) from information_schema.tables where table_schema = current_schema()"
            + " and table_name = 'act_ge_property'");
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getInt(1) > 0;
    }
  }

  /** Whether the engine's schema log holds an entry of the given minor version (e.g. 7.25 for 7.25.0). */
  private static boolean schemaLogRecords(Connection connection, String minor) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select count(*) from ACT_GE_SCHEMA_LOG where VERSION_ = ? or VERSION_ like ?")) {
      query.setString(1, minor);
      query.setString(2, minor + ".%");
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1) > 0;
      }
    }
  }

  @Override
  public MigrationVersion getVersion() {
    return version;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }
}
