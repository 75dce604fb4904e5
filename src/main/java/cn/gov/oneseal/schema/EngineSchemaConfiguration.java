package cn.gov.oneseal.schema;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The production (PostgreSQL) schema policy: Flyway creates and upgrades the engine's schema from the
 * engine's own scripts ({@link EngineSchemaMigration}) together with the project's tables, before the
 * engine starts; the engine only checks that its tables are there ({@code camunda.bpm.database.schema-update:
 * false} in application-postgres.yaml). On a Camunda upgrade add the next migration here, e.g.
 * {@code EngineSchemaMigration.upgrade("21", "7.24", "7.25")} (src/docs/operations.md, "Outside the demo: accounts
 * and PostgreSQL").
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class EngineSchemaConfiguration {

  @Bean
  JavaMigration engineSchema() {
    return EngineSchemaMigration.create("18");
  }

  /** The engine is built after Flyway has migrated the database (it refuses to start without its tables). */
  @Bean
  static EngineAfterFlyway engineAfterFlyway() {
    return new EngineAfterFlyway();
  }

  static class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {
    EngineAfterFlyway() {
      super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
    }
  }
}
