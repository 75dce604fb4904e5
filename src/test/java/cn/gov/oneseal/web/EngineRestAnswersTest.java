package cn.gov.oneseal.web;

import cn.gov.oneseal.web.PersistenceFailures;

import cn.gov.oneseal.web.OtherBureaus;

import cn.gov.oneseal.web.EngineRestAnswers;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.api.NulCharacters;
import cn.gov.oneseal.casefile.CaseNumbers;
import cn.gov.oneseal.support.Internals;
import cn.gov.oneseal.web.TaskConflicts;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * The last word on the engine REST's error answers, fed with the failures the engine and the bureau's own tables
 * produce (H2's and PostgreSQL's shapes of a duplicate key, PostgreSQL's NUL refusal, a bug): the answer's status and
 * its text, which never shows SQL or Java class names.
 */
class EngineRestAnswersTest {

  static final String SPRING_DUPLICATE = "PreparedStatementCallback; SQL [insert into case_file (case_number) values (?)];"
      + " Unique index or primary key violation: \"PUBLIC.PRIMARY_KEY_6 ON PUBLIC.CASE_FILE(CASE_NUMBER)\"";

  final ObjectMapper json = new ObjectMapper();

  @Test
  void aDuplicateKeyIsAConflictInChineseInEveryShapeTheDatabasesGiveIt() throws Exception {
    // Spring's JDBC on the bureau's own tables (the old start form with a typed case number)
    assertConflict(EngineRestAnswers.checked(engine500("DuplicateKeyException", SPRING_DUPLICATE),
        new DuplicateKeyException(SPRING_DUPLICATE, new SQLException("Unique index", "23505")), null));
    // the engine's flush on H2: the SQL state on the exception itself
    assertConflict(EngineRestAnswers.checked(engine500("ProcessEnginePersistenceException", "An exception occurred"),
        new ProcessEngineException("ENGINE-03004 insert into ACT_ID_MEMBERSHIP",
            new SQLException("Unique index or primary key violation", "23505")), null));
    // PostgreSQL in a batch: the state on the batch's next exception
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 insert into ACT_ID_MEMBERSHIP was aborted",
        null, 0, new int[0]);
    batch.setNextException(new SQLException("duplicate key value violates unique constraint \"act_id_membership_pkey\"",
        "23505"));
    assertConflict(EngineRestAnswers.checked(engine500("ProcessEnginePersistenceException", "An exception occurred"),
        new ProcessEngineException("ENGINE-03004", batch), null));
  }

  @Test
  void whatTheCallerSentThatTheDatabaseCannotTakeIsA400() throws Exception {
    Response nul = EngineRestAnswers.checked(engine500("ProcessEnginePersistenceException", "…"),
        new ProcessEngineException("flush", new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00",
            "22021")), null);
    assertThat(nul.getStatus()).isEqualTo(400);
    assertThat(body(nul).get("message")).isEqualTo(NulCharacters.MESSAGE);
    Response tooLong = EngineRestAnswers.checked(engine500("ProcessEnginePersistenceException", "…"),
        new ProcessEngineException("flush", new SQLException("value too long for type character varying(255)",
            "22001")), null);
    assertThat(tooLong.getStatus()).isEqualTo(400);
    // the engine's own "bad request" that an endpoint wrapped into a 500 (start with skipped listeners)
    Response wrapped = EngineRestAnswers.checked(engine500("RestException", "Cannot instantiate process definition"),
        new RestException(Response.Status.INTERNAL_SERVER_ERROR, new BadUserRequestException(
            "ENGINE-13024 Cannot skip custom listeners or input/output mappings when start a process instance at "
                + "default start activity."), "Cannot instantiate"), null);
    assertThat(wrapped.getStatus()).isEqualTo(400);
    assertThat(body(wrapped).get("message")).asString().contains("Cannot skip custom listeners");
    Response concurrent = EngineRestAnswers.checked(engine500("OptimisticLockingException", "ENGINE-03005 …"),
        new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity' failed"), null);
    assertThat(concurrent.getStatus()).isEqualTo(409);
  }

  @Test
  void anyOtherServerErrorIsGenericWithAReferenceAndNoInternals() throws Exception {
    Response answer = EngineRestAnswers.checked(engine500("NullPointerException",
            "Cannot invoke \"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.getId()\" because \"task\" is null"),
        new NullPointerException("Cannot invoke \"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.getId()\""),
        null);
    assertThat(answer.getStatus()).isEqualTo(500);
    Map<?, ?> body = body(answer);
    assertThat(body.get("type")).isEqualTo("ServerError");
    assertThat((String) body.get("message")).matches("服务器处理请求时出错（参考号 [0-9A-F]{8}）。.*");
    assertThat(Internals.in(json.writeValueAsString(body))).isEmpty();
  }

  @Test
  void aRefusalThatShowsInternalsKeepsItsStatusAndTypeWithAGenericText() throws Exception {
    ExceptionDto converted = new ExceptionDto();
    converted.setType("InvalidRequestException");
    converted.setMessage("Cannot instantiate process definition Food:1:x: Cannot convert value 'abc' of type 'String' "
        + "to java type java.lang.Integer");
    Response answer = EngineRestAnswers.checked(Response.status(400).entity(converted).build(),
        new RestException(Response.Status.BAD_REQUEST, "…"), null);
    assertThat(answer.getStatus()).isEqualTo(400);
    assertThat(body(answer).get("type")).isEqualTo("InvalidRequestException");
    assertThat((String) body(answer).get("message")).startsWith("请求内容与接口的要求不符");

    ExceptionDto forbidden = new ExceptionDto();
    forbidden.setType("AuthorizationException");
    forbidden.setMessage("The user with id 'reviewer1' does not have 'TASK_WORK' permission on resource 'x' of type 'Task'.");
    Response refused = EngineRestAnswers.checked(Response.status(403).entity(forbidden).build(),
        new RuntimeException(), null);
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(body(refused).get("type")).isEqualTo("AuthorizationException");
    assertThat(body(refused).get("message")).isEqualTo("您没有此项操作的权限：各岗位只能办理本岗位的环节（所缺权限：TASK_WORK）");
    // the bureau's own refusals are in Chinese already and keep their words
    ExceptionDto own = new ExceptionDto();
    own.setType("AuthorizationException");
    own.setMessage("错误审批须由食品经营许可的监管部门市场监督管理局（regulatorSamr）报告");
    Response kept = Response.status(403).entity(own).build();
    assertThat(EngineRestAnswers.checked(kept, new RuntimeException(), null)).isSameAs(kept);
  }

  @Test
  void aTaskThatCannotBeSeenReadsOneChineseMessageButARecordBelowItKeepsItsOwn() throws Exception {
    ExceptionDto noTask = new ExceptionDto();
    noTask.setType("InvalidRequestException");
    noTask.setMessage("No matching task with id 42");
    for (String path : new String[] {"task/42", "engine/default/task/42/form-variables", "task/42/comment"}) {
      Response answer = EngineRestAnswers.checked(Response.status(404).entity(noTask).build(),
          new RestException(Response.Status.NOT_FOUND, "No matching task with id 42"), at(path));
      assertThat(answer.getStatus()).isEqualTo(404);
      assertThat(body(answer).get("message")).as(path).isEqualTo(OtherBureaus.TASK);
    }
    ExceptionDto noComment = new ExceptionDto();
    noComment.setType("InvalidRequestException");
    noComment.setMessage("Task comment with id 7 does not exist for task id 42");
    Response kept = Response.status(404).entity(noComment).build();
    assertThat(EngineRestAnswers.checked(kept, new RestException(Response.Status.NOT_FOUND, "…"),
        at("task/42/comment/7"))).isSameAs(kept);
    // another bureau's: the engine's refusal, whatever the endpoint wrapped it into
    Response refused = EngineRestAnswers.answer(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
            new ProcessEngineException("ENGINE-13034 Cannot work on task '42' because it belongs to no authenticated tenant."),
            "Cannot complete task 42"), at("task/42/complete"), () -> {
          throw new AssertionError("no other mapper asked (no conflict check, no wait)");
        });
    assertThat(refused.getStatus()).isEqualTo(404);
    assertThat(body(refused).get("message")).isEqualTo(OtherBureaus.TASK);
  }

  /** The request's path as the REST application sees it. */
  private static UriInfo at(String path) {
    return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
        (proxy, method, arguments) -> {
          if (method.getName().equals("getPath")) {
            return path;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void theBureausOwnMessagesShowNoInternals() {
    for (String message : new String[] {CaseNumbers.NOT_TYPED, NulCharacters.MESSAGE, OtherBureaus.TASK,
        OtherBureaus.DEFINITION, OtherBureaus.RECORD, TaskConflicts.DONE_BY_OTHERS, PersistenceFailures.DUPLICATE,
        PersistenceFailures.REFERENCE, PersistenceFailures.TOO_LONG, PersistenceFailures.CONCURRENT,
        "已收申请材料（materials）的内容不是有效的 JSON，例如多选应为 [\"M01\",\"M02\"]", "使用 PostgreSQL 数据库"}) {
      assertThat(EngineRestAnswers.hasInternals(message)).as(message).isFalse();
    }
    assertThat(EngineRestAnswers.hasInternals(SPRING_DUPLICATE)).isTrue();
    assertThat(EngineRestAnswers.hasInternals("Cannot deserialize value of type `java.util.LinkedHashMap`")).isTrue();
    assertThat(EngineRestAnswers.hasInternals("SpinJsonDataFormatException: SPIN/JACKSON-JSON-01001")).isTrue();
  }

  private void assertConflict(Response answer) throws Exception {
    assertThat(answer.getStatus()).isEqualTo(409);
    assertThat(body(answer).get("message")).isEqualTo(PersistenceFailures.DUPLICATE);
    assertThat(Internals.in(json.writeValueAsString(answer.getEntity()))).isEmpty();
  }

  private static Response engine500(String type, String message) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(message);
    return Response.status(500).entity(dto).build();
  }

  private static Map<?, ?> body(Response answer) {
    return (Map<?, ?>) answer.getEntity();
  }
}
