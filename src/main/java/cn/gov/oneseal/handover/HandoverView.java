package cn.gov.oneseal.handover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A handover as officers read it: the officers with their names. */
@Schema(description = "一次转办、改派或代理")
public record HandoverView(
    @Schema(description = "办件编号") String caseNumber,
    @Schema(description = "任务 id") String taskId,
    @Schema(description = "任务名称") String taskName,
    @Schema(description = "类别：TRANSFER 转办，REASSIGN 改派（任务列表或引擎接口改派），STAND_IN 代理（请假人的任务转由代理人办理）")
    HandoverKind kind,
    @Schema(description = "类别的中文名：转办、改派、代理") String kindLabel,
    @Schema(description = "原办理人用户名") String from,
    @Schema(description = "原办理人") String fromName,
    @Schema(description = "新办理人用户名") String to,
    @Schema(description = "新办理人") String toName,
    @Schema(description = "理由（改派没有理由）") String reason,
    @Schema(description = "所属局（租户）") String bureau,
    @Schema(description = "操作人用户名") String actedBy,
    @Schema(description = "时间") OffsetDateTime at) {

  static HandoverView of(Handover h, Colleagues names) {
    return new HandoverView(h.caseNumber(), h.taskId(), h.taskName(), h.kind(), h.kind().label(), h.from(),
        names.name(h.from()), h.to(), names.name(h.to()), h.reason(), h.bureau(), h.actedBy(), h.at());
  }
}
