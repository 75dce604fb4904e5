package cn.gov.oneseal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gov.oneseal.support.MigrationContexts;
import cn.gov.oneseal.support.OneSealSpringTest;
import cn.gov.oneseal.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which database the tests run on and who made its schema: on H2 (development) the engine creates its own
 * tables; in the PostgreSQL run the production policy holds — Flyway applied every migration, the engine's
 * schema among them from the engine jar's scripts, and the engine itself may not change the schema.
 */
@OneSealSpringTest
class SchemaPolicyTest {

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theTestsRunOnTheDatabaseOfTheirRun() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName())
          .isEqualTo(TestDatabase.postgres() ? "PostgreSQL" : "H2");
      if (TestDatabase.postgres()) {
        assertThat(connection.getMetaData().getDatabaseMajorVersion()).isBetween(14, 17);
      }
    }
  }

  @Test
  void flywayAppliedEveryMigrationOfTheDatabase() {
    List<String> failed = jdbc.queryForList(
        "select \"version\" from \"flyway_schema_history\" where not \"success\"", String.class);
    assertThat(failed).isEmpty();
    List<String> versions = jdbc.queryForList(
        "select \"version\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"",
        String.class);
    assertThat(versions).contains("1", "6", "11.1", "14.1", "17");
    if (TestDatabase.postgres()) {
      // a fresh database: no baseline, the engine's schema by Flyway
      assertThat(versions).doesNotContain("0").contains("18");
      assertThat(jdbc.queryForObject("select \"description\" from \"flyway_schema_history\" where \"version\" = '18'",
          String.class)).contains("camunda engine schema");
    }
  }

  /**
   * The authorization check of every officer's task query filters on permission bits ({@code perms_ & 2 = 2}); without
   * statistics on them PostgreSQL guessed a handful of rows and compared every task with every authorization (the
   * figures: src/docs/benchmark.md, "Tuning").
   */
  @Test
  void officersTaskQueriesArePlannedWithTheRealNumberOfAuthorizations() {
    assumeTrue(TestDatabase.postgres(), "PostgreSQL only");
    // as the engine writes them for 300 open tasks of the window's group
    List<String> ids = new ArrayList<>();
    var authorizations = engine.getAuthorizationService();
    try {
      for (int i = 0; i < 300; i++) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId("window");
        grant.setResource(Resources.TASK);
        grant.setResourceId("schema-policy-task-" + i);
        grant.addPermission(Permissions.READ);
        grant.addPermission(TaskPermissions.TASK_WORK);
        ids.add(authorizations.saveAuthorization(grant).getId());
      }
      jdbc.execute("analyze act_ru_authorization");
      long actual = jdbc.queryForObject(
          "select count(*) from act_ru_authorization where resource_type_ = 7 and perms_ & 2 = 2", Long.class);
      String plan = jdbc.queryForObject(
          "explain (format json) select * from act_ru_authorization where resource_type_ = 7 and perms_ & 2 = 2",
          String.class);
      long estimated = Long.parseLong(plan.replaceAll("(?s).*?\"Plan Rows\": (\\d+).*", "$1"));
      assertThat(actual).isGreaterThanOrEqualTo(300);
      assertThat(estimated).as("estimated rows (plan %s), actual %d", plan, actual).isBetween(actual / 3, actual * 3);
    } finally {
      ids.forEach(authorizations::deleteAuthorization);
    }
  }

  /**
   * ... and PostgreSQL sees those bits only when a statement is planned with its values: the engine's queries of other
   * resources with an authorization check are never server-prepared (a generic plan would guess again), while the
   * others are, after the driver's five executions — the authorizations' own statements too, such as a command's
   * revoke check, which look rows up by their keys ({@code AuthorizationCheckPlans}).
   */
  @Test
  void queriesWithAnAuthorizationCheckAreAlwaysPlannedWithTheirValues() {
    assumeTrue(TestDatabase.postgres(), "PostgreSQL only");
    List<String> prepared = new TransactionTemplate(transactions).execute(status -> {
      // one transaction: the engine and the JDBC template share its connection, whose prepared statements are read
      for (int i = 0; i < 8; i++) {
        engine.getIdentityService().setAuthentication("window1", List.of("window"), List.of("city"));
        try {
          engine.getTaskService().createTaskQuery().taskCandidateGroup("window").count();
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
        // without a user the engine checks no authorization
        engine.getTaskService().createTaskQuery().taskCandidateGroup("window").count();
      }
      return jdbc.queryForList("select statement from pg_prepared_statements", String.class);
    });
    assertThat(prepared).anyMatch(sql -> sql.contains("ACT_RU_TASK") && !sql.contains("ACT_RU_AUTHORIZATION"));
    assertThat(prepared).noneMatch(sql -> sql.contains("ACT_RU_TASK") && sql.contains("ACT_RU_AUTHORIZATION"));
    // the engine's check whether window1 or the window group holds a revoke, once per query: its own statement
    assertThat(prepared).anyMatch(sql -> sql.contains("ACT_RU_AUTHORIZATION") && sql.contains("TYPE_ = 2")
        && !sql.contains("ACT_RU_TASK"));
  }

  @Test
  void theEngineChangesTheSchemaOnlyOnH2() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseSchemaUpdate()).isEqualTo(TestDatabase.postgres() ? "false" : "true");
    assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).contains("7.24.0");
  }

  @Test
  void theEngineSchemaMigrationsAdoptADoneStepAndRunTheEnginesScriptOtherwise() throws Exception {
    assumeTrue(TestDatabase.postgres(), "the engine schema migrations are PostgreSQL's");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Context context = MigrationContexts.of(connection);
        // the tables are there: creating them again is skipped; so is an upgrade the schema log records
        EngineSchemaMigration.create("98").migrate(context);
        EngineSchemaMigration.upgrade("99", "7.23", "7.24").migrate(context);
        assertThat(schemaLog(connection)).containsExactly("0 7.24.0");
        // a 7.23 schema: the upgrade runs the engine jar's postgres_engine_7.23_to_7.24.sql
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate("update ACT_GE_SCHEMA_LOG set VERSION_ = '7.23.0'");
        }
        EngineSchemaMigration.upgrade("99", "7.23", "7.24").migrate(context);
        assertThat(schemaLog(connection)).containsExactly("0 7.23.0", "1300 7.24.0");
      } finally {
        connection.rollback();
      }
    }
  }

  private static List<String> schemaLog(Connection connection) throws Exception {
    List<String> entries = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select ID_, VERSION_ from ACT_GE_SCHEMA_LOG order by ID_")) {
      while (rows.next()) {
        entries.add(rows.getString(1) + " " + rows.getString(2));
      }
    }
    return entries;
  }
}
