package cn.gov.oneseal.returning;

import java.time.OffsetDateTime;

/**
 * One return: the case, which step returned it (task, stage) to which stage, who returned it, to whom the returned
 * task went (null: left to the group), why, when; the task the case went back to and the returning step's task when
 * it came back.
 */
public record TaskReturn(long id, String caseNumber, String itemCode, ReturnKind kind, String fromTaskId,
    String fromTask, String fromStage, String toStage, String fromUser, String toUser, String reason, String bureau,
    OffsetDateTime at, String returnedTaskId, String backTaskId) {}
