package cn.gov.oneseal.modelchange;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** A model change as the API shows it: what it is, who proposed and who decided, and what it did. */
@Schema(name = "ModelChange", title = "模型变更")
record ModelChangeView(
    @Schema(description = "变更号", example = "3") int number,
    @Schema(description = "CHANGE（从 Modeler 部署的变更）或 ROLLBACK（回退）", example = "CHANGE") String kind,
    @Schema(description = "回退的变更号（仅回退）") Integer rollsBack,
    @Schema(description = "PROPOSED（待审批）、ACTIVE（已生效）、REFUSED（已撤回）", example = "ACTIVE") String status,
    @Schema(description = "状态的中文名", example = "已生效") String statusLabel,
    @Schema(description = "名称（Modeler 的部署名称）", example = "食品经营许可") String name,
    @Schema(description = "租户（审批局）；共享流程为空") String tenantId,
    @Schema(description = "变更的流程（流程键）") List<String> processKeys,
    @Schema(description = "文件") List<String> files,
    @Schema(description = "提出人（流程分析员）", example = "analyst1") String proposedBy,
    @Schema(description = "提出时间") OffsetDateTime proposedAt,
    @Schema(description = "检查结果") String checks,
    @Schema(description = "变更内容，逐个元素") String diff,
    @Schema(description = "在办件试迁移") String dryRun,
    @Schema(description = "审批流程实例（Cockpit 中可查）") String approvalInstance,
    @Schema(description = "审批人", example = "head1") String decidedBy,
    @Schema(description = "审批时间") OffsetDateTime decidedAt,
    @Schema(description = "审批意见（不予批准的理由）") String opinion,
    @Schema(description = "批准后部署的部署号") String deploymentId,
    @Schema(description = "在办件迁移的结果：批处理、已迁移和留在原版本的办件") String migration,
    @Schema(description = "回退本变更的变更号") Integer rolledBackBy) {

  static ModelChangeView of(ModelChange change, List<String> files) {
    return new ModelChangeView(change.number(), change.kind().name(), change.rollsBack(), change.status().name(),
        change.status().label(), change.name(), change.tenantId(), change.processKeys(), files, change.proposedBy(),
        change.proposedAt(), change.checks(), change.diff(), change.dryRun(), change.approvalInstance(),
        change.decidedBy(), change.decidedAt(), change.reason(), change.deploymentId(), change.migration(),
        change.rolledBackBy());
  }
}
