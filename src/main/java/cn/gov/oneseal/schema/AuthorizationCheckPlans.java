package cn.gov.oneseal.schema;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
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
 * threshold 0), every other statement stays server-prepared — the authorizations' own statements included (a
 * command's check of one permission, the revoke check, grants written and deleted), which were planned at every call
 * until issue #24 measured that planning at about 10 ms per user task. Planning every statement of the engine with
 * its values instead ({@code plan_cache_mode=force_custom_plan}) slowed every user task (the figures of all three:
 * src/docs/benchmark.md, "Tuning" and "Close to the bare engine").
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

    static final String AUTHORIZATION_MAPPER = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.";

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Statement statement = (Statement) invocation.proceed();
      StatementHandler handler = (StatementHandler) invocation.getTarget();
      String sql = handler.getBoundSql().getSql();
      if (sql.contains("ACT_RU_AUTHORIZATION") && !ofTheAuthorizations(handler)
          && statement.isWrapperFor(PGStatement.class)) {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      return statement;
    }

    /**
     * The engine's statements of the authorizations themselves — a command's check of one permission, the revoke
     * check, the grants written and deleted — look up a resource's or a user's rows by their keys: a generic plan
     * serves them as well, and planning them at every call cost about 10 ms per user task.
     */
    static boolean ofTheAuthorizations(StatementHandler handler) {
      if (!(handler instanceof RoutingStatementHandler)) {
        return false;
      }
      MappedStatement mapped = (MappedStatement) SystemMetaObject.forObject(handler)
          .getValue("delegate.mappedStatement");
      return mapped.getId().startsWith(AUTHORIZATION_MAPPER);
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
