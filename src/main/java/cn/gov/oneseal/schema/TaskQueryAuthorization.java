package cn.gov.oneseal.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * The officers' task queries (Tasklist's filters, {@code /engine-rest/task}, the inbox counts) with the engine's
 * authorization check written as subqueries instead of a join. The engine joins {@code ACT_RU_AUTHORIZATION} to every
 * task on "resource id is the task's id, its process definition's key or '*'": each task row is repeated once per
 * matching grant, and the database compares tasks with grants row by row (with a few thousand open tasks in a
 * group, every task × every grant, and the 70-odd grants on '*' again for every task). The same condition as three
 * {@code EXISTS} subqueries repeats no row, reads the grants on '*' once per query and looks up each task's own grant
 * and its definition's in the index on the resource id; which tasks a user sees does not change
 * ({@code TaskQueryAuthorizationTest} compares both for every kind of officer and query).
 * The figures: src/docs/benchmark.md, "Close to the bare engine (issue #24)".
 *
 * <p>The statements are the engine's own, copied from its {@code Task.xml} when the engine starts, with two changes:
 * the join left out, and its condition in the where clause replaced by this project's {@code authorizationCheck}
 * ({@code TaskQueryAuthorization.xml}). An engine whose {@code Task.xml} no longer has exactly those two pieces does
 * not start: the check must then be written again for it, not dropped. The engine's statements keep their names and
 * are used again when the plugin is not installed (a database other than H2 and PostgreSQL).
 */
@Component
public class TaskQueryAuthorization extends AbstractProcessEnginePlugin {

  static final String NAMESPACE = "cn.gov.oneseal.schema.taskQueryAuthorization";
  /** The engine's names of the task list and count statements, which the plugin maps to its own. */
  public static final String LIST = "selectTaskByQueryCriteria";
  public static final String COUNT = "selectTaskCountByQueryCriteria";
  static final String ENGINE_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  private static final String TEMPLATE = "cn/gov/oneseal/schema/TaskQueryAuthorization.xml";
  private static final String ENGINE = "org.camunda.bpm.engine.impl.persistence.entity.";
  private static final Set<String> DATABASES = Set.of("h2", "postgres");

  private static final Pattern JOIN = Pattern.compile("<include refid=\"" + Pattern.quote(ENGINE
      + "AuthorizationEntity.authCheckJoinWithoutOnClause") + "\"\\s*/>\\s*AUTH ON \\(AUTH\\.RESOURCE_ID_ "
      + "\\$\\{authJoinStart} RES\\.ID_ \\$\\{authJoinSeparator} D\\.KEY_ \\$\\{authJoinSeparator} '\\*' "
      + "\\$\\{authJoinEnd}\\)");
  private static final Pattern CHECK = Pattern.compile("<include refid=\"" + Pattern.quote(ENGINE
      + "AuthorizationEntity.contextualAuthorizationCheck") + "\"\\s*/>");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!DATABASES.contains(configuration.getDatabaseType())) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(NAMESPACE + ".tasks", false)) {
      String mapper = mapper(read(ENGINE_MAPPING), configuration.getDatabaseType());
      try (InputStream in = new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8))) {
        new XMLMapperBuilder(in, mybatis, TEMPLATE, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    if (mappings.containsKey(LIST) || mappings.containsKey(COUNT)) {
      throw new IllegalStateException("the engine maps its task query to a database-specific statement on "
          + configuration.getDatabaseType() + "; TaskQueryAuthorization was written for the generic one");
    }
    mappings.put(LIST, NAMESPACE + ".tasks");
    mappings.put(COUNT, NAMESPACE + ".taskCount");
    sessions.setStatementMappings(mappings);
  }

  /**
   * This project's mapper: the template with the engine's task list, count and criteria, the check replaced. On
   * PostgreSQL a per-task lookup ends in {@code OFFSET 0}: without it the planner may turn the lookup into a hash of
   * every grant of the officer's groups, which at a group's 30 000 open tasks costs more than it saves (the figures:
   * src/docs/benchmark.md).
   */
  static String mapper(String engineTaskXml, String databaseType) {
    String criteria = element(engineTaskXml, "<sql id=\"selectTaskByQueryCriteriaSql\">", "</sql>");
    criteria = replaceOnce(criteria, JOIN, "");
    criteria = replaceOnce(criteria, CHECK, "<include refid=\"" + NAMESPACE + ".authorizationCheck\" />");
    String statements = element(engineTaskXml, "<select id=\"" + LIST + "\"", "</select>") + "\n"
        + element(engineTaskXml, "<select id=\"" + COUNT + "\"", "</select>") + "\n" + criteria;
    // names of their own, so that the engine's short names stay unambiguous
    statements = statements.replace("<select id=\"" + LIST + "\"", "<select id=\"tasks\"")
        .replace("<select id=\"" + COUNT + "\"", "<select id=\"taskCount\"")
        .replace("id=\"selectTaskByQueryCriteriaSql\"", "id=\"taskCriteria\"")
        .replace("refid=\"selectTaskByQueryCriteriaSql\"", "refid=\"taskCriteria\"")
        .replace("resultMap=\"taskResultMap\"", "resultMap=\"" + ENGINE + "TaskEntity.taskResultMap\"")
        .replace("refid=\"columnSelection\"", "refid=\"" + ENGINE + "TaskEntity.columnSelection\"");
    return read(TEMPLATE).replace("ENGINE_TASK_QUERY", statements)
        .replace("LOOKUP_PER_ROW", "postgres".equals(databaseType) ? "OFFSET 0" : "");
  }

  private static String element(String xml, String start, String end) {
    int from = xml.indexOf(start);
    int to = from < 0 ? -1 : xml.indexOf(end, from);
    if (from < 0 || to < 0 || xml.indexOf(start, from + 1) >= 0) {
      throw new IllegalStateException("the engine's Task.xml has no single " + start + " element: the task query's "
          + "authorization check (TaskQueryAuthorization) must be written again for this engine version");
    }
    return xml.substring(from, to + end.length());
  }

  private static String replaceOnce(String text, Pattern pattern, String replacement) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find() || matcher.find()) {
      throw new IllegalStateException("the engine's task query criteria do not contain " + pattern + " exactly once: "
          + "its authorization check (TaskQueryAuthorization) must be written again for this engine version");
    }
    return pattern.matcher(text).replaceFirst(Matcher.quoteReplacement(replacement));
  }

  static String read(String resource) {
    try (InputStream in = TaskQueryAuthorization.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing on the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
