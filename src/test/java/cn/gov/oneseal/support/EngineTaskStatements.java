package cn.gov.oneseal.support;

import cn.gov.oneseal.schema.TaskQueryAuthorization;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * Runs task queries with the engine's own statements — its authorization join — instead of the project's
 * subqueries (schema/TaskQueryAuthorization), then puts the subqueries back: for comparing the two in a test or the
 * benchmark. Not for concurrent use with other task queries of the same engine.
 */
public final class EngineTaskStatements {

  private EngineTaskStatements() {}

  public static <T> T withEngineJoin(ProcessEngine engine, Supplier<T> action) {
    DbSqlSessionFactory sessions = ((ProcessEngineImpl) engine).getProcessEngineConfiguration()
        .getDbSqlSessionFactory();
    Map<String, String> installed = sessions.getStatementMappings();
    Map<String, String> engineOnly = new HashMap<>(installed);
    engineOnly.remove(TaskQueryAuthorization.LIST);
    engineOnly.remove(TaskQueryAuthorization.COUNT);
    sessions.setStatementMappings(engineOnly);
    try {
      return action.get();
    } finally {
      sessions.setStatementMappings(installed);
    }
  }
}
