package cn.gov.oneseal.handover;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An officer's absence and their stand-in, from the first to the last day (inclusive, Asia/Shanghai). */
@Schema(description = "请假（委托/代理）")
public record Absence(
    @Schema(description = "编号") long id,
    @Schema(description = "请假人用户名") String userId,
    @Schema(description = "代理人用户名") String standIn,
    @Schema(description = "所属局（租户）") String bureau,
    @Schema(description = "第一天") LocalDate firstDay,
    @Schema(description = "最后一天（含）") LocalDate lastDay,
    @Schema(description = "事由") String reason,
    @Schema(description = "登记人用户名") String declaredBy,
    @Schema(description = "登记时间") OffsetDateTime declaredAt,
    @Schema(description = "撤销人用户名") String cancelledBy,
    @Schema(description = "撤销时间") OffsetDateTime cancelledAt,
    @Schema(description = "已开始：请假人已认领的任务已交代理人") boolean started,
    @Schema(description = "已结束：代理人手中仍未办结的任务已交还") boolean ended) {

  /** Whether the officer is away on that day (not cancelled). */
  public boolean covers(LocalDate day) {
    return cancelledAt == null && !firstDay.isAfter(day) && !lastDay.isBefore(day);
  }

  /** "2026-03-02 至 2026-03-04" */
  public String period() {
    return firstDay + " 至 " + lastDay;
  }
}
