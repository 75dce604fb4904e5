package cn.gov.oneseal.consultation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One consultation: the question the officer holding a review or decision task asked, its deadline (the end of the
 * {@code workingDays}-th working day after the asking, Asia/Shanghai) and one reply per consultee.
 */
public record Consultation(long id, String caseNumber, String bureauId, String taskId, String stage, String askedBy,
    String askedByName, OffsetDateTime askedAt, String question, int workingDays, OffsetDateTime dueAt,
    List<Reply> replies) {

  /** One consultee's reply: to a user or to a group (one of the two). */
  public record Reply(long id, long consultationId, String consulteeUser, String consulteeGroup, String consulteeName,
      String processInstanceId, ReplyState state, String answer, String answeredBy, OffsetDateTime answeredAt) {

    /** The state in Chinese (待答复, 已答复, 逾期未回复). */
    @JsonProperty("stateLabel")
    public String stateLabel() {
      return state.label();
    }

    Reply named(String name) {
      return new Reply(id, consultationId, consulteeUser, consulteeGroup, name, processInstanceId, state, answer,
          answeredBy, answeredAt);
    }
  }

  /** Whether every reply is in (answered, overdue or withdrawn). */
  @JsonProperty("settled")
  public boolean settled() {
    return replies.stream().noneMatch(r -> r.state() == ReplyState.OPEN);
  }

  Consultation with(String askedByName, List<Reply> replies) {
    return new Consultation(id, caseNumber, bureauId, taskId, stage, askedBy, askedByName, askedAt, question,
        workingDays, dueAt, replies);
  }
}
