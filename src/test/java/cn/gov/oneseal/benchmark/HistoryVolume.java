package cn.gov.oneseal.benchmark;

import cn.gov.oneseal.casefile.ApplicantNameGrams;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Historic volume for the query measurements (d), written by JDBC batches instead of walking a million
 * activities through the engine (far too slow for a run: src/docs/benchmark.md). Each synthetic case is a finished
 * food-licence case as the engine would have left it: one case_file row (and its applicant name's index rows, as the
 * registration writes them), one historic process instance (business
 * key = case number), 8 historic tasks and 20 historic activity instances with the columns the engine fills.
 * Legitimate for measuring reads: the queries see rows of the same shape in the same tables and indexes; the
 * runtime tables are not touched, and nothing here is ever executed by the engine.
 */
final class HistoryVolume {

  static final String PREFIX = "32050019990101C";
  static final int APPLICANTS = 5000;
  static final int ACTIVITIES_PER_CASE = 20;
  static final int TASKS_PER_CASE = 8;
  static final int CASES_PER_BATCH = 250;
  static final long YEAR = 365L * 86_400_000L;

  private HistoryVolume() {}

  static String applicant(int i) {
    return "测试食品经营企业" + i + "号有限公司";
  }

  static void insert(JdbcTemplate jdbc, TransactionTemplate tx, ProcessEngine engine, ApplicantNameGrams applicantNames,
      int activityRows) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("FoodBusinessLicence").latestVersion().singleResult().getId();
    int cases = activityRows / ACTIVITIES_PER_CASE;
    long now = System.currentTimeMillis();
    for (int from = 0; from < cases; from += CASES_PER_BATCH) {
      int start = from;
      int end = Math.min(cases, from + CASES_PER_BATCH);
      List<Object[]> files = new ArrayList<>();
      Map<String, String> names = new LinkedHashMap<>();
      List<Object[]> instances = new ArrayList<>();
      List<Object[]> tasks = new ArrayList<>();
      List<Object[]> activities = new ArrayList<>();
      for (int i = start; i < end; i++) {
        String number = PREFIX + String.format("%07d", i);
        String pi = UUID.randomUUID().toString();
        long received = now - YEAR + (long) ((double) i / cases * YEAR);
        long closed = received + 10L * 86_400_000L;
        names.put(number, applicant(i % APPLICANTS));
        files.add(new Object[] {number, applicant(i % APPLICANTS), "91350100M" + String.format("%09d", i % APPLICANTS),
            new Timestamp(received), new Timestamp(received + 8L * 86_400_000L), new Timestamp(closed), pi});
        instances.add(new Object[] {pi, pi, number, definition, new Timestamp(received), new Timestamp(closed),
            closed - received, pi});
        for (int a = 0; a < ACTIVITIES_PER_CASE; a++) {
          long at = received + a * (closed - received) / ACTIVITIES_PER_CASE;
          boolean task = a % 2 == 1 && a / 2 < TASKS_PER_CASE;
          String actInst = "Task_Step" + a + ":" + UUID.randomUUID();
          String taskId = task ? UUID.randomUUID().toString() : null;
          activities.add(new Object[] {actInst, pi, definition, pi, pi, pi, "Step" + a, taskId, "步骤" + a,
              task ? "userTask" : "serviceTask", task ? "window1" : null, new Timestamp(at), new Timestamp(at + 60_000),
              (long) a});
          if (task) {
            tasks.add(new Object[] {taskId, "Step" + a, definition, pi, pi, pi, actInst, "步骤" + a, "window1",
                new Timestamp(at), new Timestamp(at + 60_000), new Timestamp(at + 86_400_000L)});
          }
        }
      }
      tx.executeWithoutResult(s -> {
        jdbc.batchUpdate("""
            insert into case_file (case_number, item_code, applicant_name, applicant_id_type, applicant_id, status,
              received_at, received_by, decided_at, decided_by, closed_at, process_instance_id, bureau_id, decision)
            values (?, 'FoodBusinessLicence', ?, 'USCC', ?, 'COMPLETED', ?, 'window1', ?, 'decider1', ?, ?, 'city',
              'grant')""", files);
        // the applicants' names' index, as the registration writes it (casefile/ApplicantNameGrams)
        applicantNames.index(names);
        jdbc.batchUpdate("""
            insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
              end_time_, duration_, start_user_id_, start_act_id_, end_act_id_, root_proc_inst_id_, tenant_id_, state_)
            values (?, ?, ?, 'FoodBusinessLicence', ?, ?, ?, ?, 'window1', 'StartEvent_ApplicationReceived',
              'EndEvent_CaseCompleted', ?, 'city', 'COMPLETED')""", instances);
        jdbc.batchUpdate("""
            insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
              proc_inst_id_, execution_id_, act_id_, task_id_, act_name_, act_type_, assignee_, start_time_, end_time_,
              duration_, act_inst_state_, sequence_counter_, tenant_id_)
            values (?, ?, 'FoodBusinessLicence', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 60000, 1, ?, 'city')""", activities);
        jdbc.batchUpdate("""
            insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_,
              proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_,
              delete_reason_, priority_, due_date_, tenant_id_, task_state_)
            values (?, ?, 'FoodBusinessLicence', ?, ?, ?, ?, ?, ?, ?, ?, ?, 60000, 'completed', 50, ?, 'city',
              'Completed')""", tasks);
      });
    }
  }
}
