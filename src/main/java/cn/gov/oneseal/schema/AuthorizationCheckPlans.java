package cn.gov.oneseal.schema;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.postgresql.PGStatement;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the engine's queries with an authorization check (an officer's task inbox, above all) are planned
 * each time with their values. They filter the authorizations by permission bits bound as parameters
 * ({@code perms_ & ? = ?}); PostgreSQL estimates those from the statistics of migration V20 only when it sees the
 * numbers. A server-prepared statement switches to a generic plan after five executions, guesses a handful of
 * authorization rows and compares every task with every authorization, which makes an officer's inbox count slow as
 * soon as a group holds a few thousand open tasks. Such statements are sent unprepared (the driver's prepare
 * threshold 0), every other statement stays server-prepared: planning every statement of the engine with its values
 * instead ({@code plan_cache_mode=force_custom_plan}) slowed every user task (the figures of both:
 * src/docs/benchmark.md, "Tuning").
 */
@Component
public class AuthorizationCheckPlans extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Unprepared());
    }
  }

  /** Marks the statements that join the authorizations as one-shot for the PostgreSQL driver. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class Unprepared implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Statement statement = (Statement) invocation.proceed();
      String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
      if (sql.contains("ACT_RU_AUTHORIZATION") && statement.isWrapperFor(PGStatement.class)) {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      return statement;
    }

    @Override
    public Object plugin(Object target) {
      return Plugin.wrap(target, this);
    }

    @Override
    public void setProperties(Properties properties) {
      // none
    }
  }
}
