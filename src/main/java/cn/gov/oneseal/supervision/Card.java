package cn.gov.oneseal.supervision;

import java.time.OffsetDateTime;

/**
 * One e-supervision card.
 *
 * @param scope {@code CASE} for the case's promised/statutory deadline, else the task id of a stage
 * @param stage the stage's task name for stage cards, 承诺时限 / 法定时限 for case cards
 * @param status OPEN until the supervisor has handled it, then HANDLED
 */
public record Card(long id, String caseNumber, String itemCode, String bureauId, String scope, String stage,
    String taskId, CardKind kind, OffsetDateTime deadline, OffsetDateTime raisedAt, String responsibleGroup,
    String responsibleOfficer, String status, OffsetDateTime handledAt, String handledBy, String handlingOpinion) {

  public static final String CASE_SCOPE = "CASE";
}
