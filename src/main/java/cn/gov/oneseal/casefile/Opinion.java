package cn.gov.oneseal.casefile;

import java.time.OffsetDateTime;

/** An officer's recorded decision and opinion at one stage (经办意见). */
public record Opinion(String caseNumber, String stage, String taskId, String officerId, String decision,
    String opinion, OffsetDateTime recordedAt) {}
