package cn.gov.oneseal.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Where the database time of a step goes, table by table: the application's data source wrapped so that every
 * statement's execution (and every commit) is timed and charged to the table it writes or first reads, for the threads
 * chosen while recording is on. Time spent inside a sealed document's issue is not charged here:
 * {@link Instrumentation} charges that whole call (layout, seal, its own statements) to the documents.
 */
final class StatementTimes {

  static final String COMMIT = "(commit)";
  private static final Pattern WRITE = Pattern.compile(
      "^\\s*(?:insert\\s+into|update|delete\\s+from|delete)\\s+([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern READ = Pattern.compile("\\bfrom\\s+([a-z_0-9]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
      "executeLargeUpdate", "executeLargeBatch");

  private final Map<String, String> tableOfSql = new ConcurrentHashMap<>();
  private final Map<String, LongAdder[]> byTable = new ConcurrentHashMap<>();
  private volatile Predicate<Thread> recorded = t -> false;
  /** Depth of calls whose whole time is charged elsewhere (see the class comment). */
  static final ThreadLocal<int[]> ELSEWHERE = ThreadLocal.withInitial(() -> new int[1]);

  /** Starts recording the given threads, from zero. */
  void record(Predicate<Thread> threads) {
    byTable.clear();
    recorded = threads;
  }

  /** Stops recording; returns nanoseconds and statements per table (commits under {@link #COMMIT}). */
  Map<String, long[]> stop() {
    recorded = t -> false;
    Map<String, long[]> out = new TreeMap<>();
    byTable.forEach((table, sums) -> out.put(table, new long[] {sums[0].sum(), sums[1].sum()}));
    return out;
  }

  DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("unwrap") && ((Class<?>) args[0]).isInstance(target)) {
            return target;
          }
          if (method.getName().equals("isWrapperFor") && ((Class<?>) args[0]).isInstance(target)) {
            return true;
          }
          Object result = invoke(target, method, args);
          return result instanceof Connection c ? connection(c) : result;
        });
  }

  private Connection connection(Connection target) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("commit")) {
            return timed(COMMIT, target, method, args);
          }
          Object result = invoke(target, method, args);
          if (result instanceof Statement s && method.getName().startsWith("prepare")) {
            return statement(s, tableOf((String) args[0]));
          }
          if (result instanceof Statement s) {
            return statement(s, null);
          }
          return result;
        });
  }

  private Statement statement(Statement target, String table) {
    Class<?>[] interfaces = target instanceof java.sql.CallableStatement
        ? new Class<?>[] {java.sql.CallableStatement.class}
        : target instanceof java.sql.PreparedStatement ? new Class<?>[] {java.sql.PreparedStatement.class}
        : new Class<?>[] {Statement.class};
    InvocationHandler handler = (proxy, method, args) -> {
      if (EXECUTIONS.contains(method.getName())) {
        String charged = table != null ? table
            : args != null && args.length > 0 && args[0] instanceof String sql ? tableOf(sql) : "(batch)";
        return timed(charged, target, method, args);
      }
      return invoke(target, method, args);
    };
    return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
  }

  private Object timed(String table, Object target, Method method, Object[] args) throws Throwable {
    if (!recorded.test(Thread.currentThread()) || ELSEWHERE.get()[0] > 0) {
      return invoke(target, method, args);
    }
    long started = System.nanoTime();
    try {
      return invoke(target, method, args);
    } finally {
      LongAdder[] sums = byTable.computeIfAbsent(table, t -> new LongAdder[] {new LongAdder(), new LongAdder()});
      sums[0].add(System.nanoTime() - started);
      sums[1].increment();
    }
  }

  String tableOf(String sql) {
    return tableOfSql.computeIfAbsent(sql, s -> {
      Matcher write = WRITE.matcher(s);
      if (write.find()) {
        return write.group(1).toLowerCase();
      }
      Matcher read = READ.matcher(s);
      return read.find() ? read.group(1).toLowerCase() : "(other)";
    });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
