package cn.gov.oneseal.web;

import cn.gov.oneseal.api.NulCharacters;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DuplicateKeyException;

/**
 * A request that failed in the database, answered by what the database said — never with the statement, the table or
 * the index, which the engine (and Spring's JDBC for the bureau's own tables) put into the message. A duplicate
 * (SQL state 23505) or a broken reference (23503/23506) is the caller's conflict with what is stored: 409; a value
 * too long (22001) or a NUL character PostgreSQL cannot store (22021, when it got past the forms' guard): 400; a
 * concurrent change (optimistic locking, serialization failure, deadlock): 409. Anything else stays a server error
 * ({@link EngineRestAnswers}). Nothing was written: the transaction was rolled back.
 */
final class PersistenceFailures {

  static final String DUPLICATE = "要保存的记录已经存在（重复提交，或编号、名称与已有记录相同），未作任何更改";
  static final String REFERENCE = "该记录仍被其他记录引用，或引用的记录不存在，未作任何更改";
  static final String TOO_LONG = "提交的内容超过了可保存的长度，未作任何更改";
  static final String CONCURRENT = "该记录刚被他人同时修改，未作任何更改：请刷新后重试";

  private PersistenceFailures() {}

  /** The answer for a failure of the database, if the failure is one that the caller caused. */
  static Optional<Response> of(Throwable failure) {
    for (Throwable cause : causes(failure)) {
      if (cause instanceof DuplicateKeyException) {
        return Optional.of(EngineRestAnswers.answer(409, "Conflict", DUPLICATE));
      }
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(EngineRestAnswers.answer(409, "Conflict", CONCURRENT));
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        Optional<Response> answer = bySqlState(sql.getSQLState());
        if (answer.isPresent()) {
          return answer;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Response> bySqlState(String state) {
    return switch (state) {
      case "23505" -> Optional.of(EngineRestAnswers.answer(409, "Conflict", DUPLICATE));
      case "23503", "23506" -> Optional.of(EngineRestAnswers.answer(409, "Conflict", REFERENCE));
      case "22001" -> Optional.of(EngineRestAnswers.answer(400, "InvalidRequestException", TOO_LONG));
      case "22021" -> Optional.of(EngineRestAnswers.answer(400, "InvalidRequestException", NulCharacters.MESSAGE));
      case "40001", "40P01" -> Optional.of(EngineRestAnswers.answer(409, "Conflict", CONCURRENT));
      default -> Optional.empty();
    };
  }

  /** The failure, its causes and the SQL exceptions chained to them (a batch's own cause is its next exception). */
  private static Iterable<Throwable> causes(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> all = new ArrayList<>();
    Deque<Throwable> open = new ArrayDeque<>();
    open.add(failure);
    while (!open.isEmpty() && all.size() < 50) {
      Throwable next = open.poll();
      if (next == null || !seen.add(next)) {
        continue;
      }
      all.add(next);
      if (next.getCause() != null) {
        open.add(next.getCause());
      }
      if (next instanceof SQLException sql && sql.getNextException() != null) {
        open.add(sql.getNextException());
      }
    }
    return all;
  }

}
