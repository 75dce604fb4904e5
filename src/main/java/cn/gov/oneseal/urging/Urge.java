package cn.gov.oneseal.urging;

import java.time.OffsetDateTime;

/**
 * One urge of an open task.
 *
 * @param heldBy the task's assignee when it was urged (null when unclaimed)
 * @param heldByGroups its candidate groups then, comma-separated
 * @param escalated whether the urge went on to the bureau head (a repeated urge of a task with a red card)
 * @param escalationTaskId the bureau head's task it opened (null when an open one already existed, or none)
 */
public record Urge(long id, String caseNumber, String bureauId, String taskId, String taskName, String stage,
    String heldBy, String heldByGroups, String urgedBy, OffsetDateTime urgedAt, String note, boolean escalated,
    String escalationTaskId) {}
