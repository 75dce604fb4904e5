package cn.gov.oneseal.returning;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** A return as the API and Tasklist show it. */
@Schema(description = "退回记录")
public record ReturnView(
    @Schema(description = "办件编号") String caseNumber,
    @Schema(description = "TO_REVIEW（退回重审）或 TO_INTAKE（退回受理）") ReturnKind kind,
    @Schema(description = "退回重审 / 退回受理") String kindLabel,
    @Schema(description = "退回的环节：decision 或 review") String fromStage,
    @Schema(description = "退回到的环节：review 或 intake") String toStage,
    @Schema(description = "退回人用户名") String from,
    @Schema(description = "退回理由") String reason,
    @Schema(description = "退回时间") OffsetDateTime at) {

  static ReturnView of(TaskReturn r) {
    return new ReturnView(r.caseNumber(), r.kind(), r.kind().label(), r.fromStage(), r.toStage(), r.fromUser(),
        r.reason(), r.at());
  }
}
