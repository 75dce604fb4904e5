package cn.gov.oneseal.handover;

import java.time.OffsetDateTime;

/** One handover of a task: from whom to whom, why, by whom and when, in which case and bureau. */
public record Handover(long id, String caseNumber, String taskId, String taskName, HandoverKind kind, String from,
    String to, String reason, String bureau, String actedBy, OffsetDateTime at) {}
