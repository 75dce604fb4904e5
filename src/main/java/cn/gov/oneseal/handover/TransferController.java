package cn.gov.oneseal.handover;

import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 转办 over the bureau's API (src/docs/officers-guide.md, "转办"): the same rules as the Tasklist button. */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/tasks/{taskId}", produces = "application/json;charset=UTF-8")
class TransferController {

  /** The colleague and the reason. */
  @Schema(description = "转办请求")
  record TransferRequest(@Schema(description = "接收转办的同事的用户名", example = "reviewer2") String to,
      @Schema(description = "转办理由（必填，不超过 500 字）", example = "本人明日起外出培训") String reason) {}

  private final TransferService transfers;
  private final CurrentUser currentUser;

  TransferController(TransferService transfers, CurrentUser currentUser) {
    this.transfers = transfers;
    this.currentUser = currentUser;
  }

  @PostMapping("/transfer")
  @Operation(summary = "转办", description = "把本人已认领的任务转给同一岗位（任务的候选组）、同一局的同事办理，须填写理由。"
      + "一审一核仍然适用：审查过本案的工作人员不能接收本案的决定任务。接收人请假时，任务转由其代理人办理。")
  @ApiResponse(responseCode = "200", description = "已转办：转办记录")
  @ApiResponse(responseCode = "400", description = "未选同事或未填理由、转给自己、同事不在本岗位或本局、一审一核（字段错误）")
  @ApiResponse(responseCode = "403", description = "不是该任务的办理人（未认领或由他人办理）")
  @ApiResponse(responseCode = "404", description = "没有该任务，或该任务不属于本人所在的局和岗位（TASK_NOT_FOUND）")
  public HandoverView transfer(@Parameter(description = "任务 id") @PathVariable String taskId,
      @RequestBody TransferRequest request) {
    return transfers.transfer(Caller.of(currentUser.get()), taskId, request == null ? null : request.to(),
        request == null ? null : request.reason());
  }

  @GetMapping("/transfer-candidates")
  @Operation(summary = "可接收转办的同事", description = "同一岗位、同一局的同事（不含本人），带姓名。仅任务的办理人可查询。")
  @ApiResponse(responseCode = "200", description = "可接收转办的同事")
  @ApiResponse(responseCode = "403", description = "不是该任务的办理人")
  @ApiResponse(responseCode = "404", description = "没有该任务，或该任务不属于本人所在的局和岗位（TASK_NOT_FOUND）")
  public List<Colleagues.Colleague> candidates(@Parameter(description = "任务 id") @PathVariable String taskId) {
    return transfers.candidates(Caller.of(currentUser.get()), taskId);
  }

  @GetMapping("/handovers")
  @Operation(summary = "任务的转办记录", description = "该任务的转办、改派和代理记录（谁、何时、转给谁、理由），以及本人可否转办。"
      + "任务的办理人、候选岗位的成员和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "任务的转办信息")
  @ApiResponse(responseCode = "404", description = "没有该任务，或该任务不属于本人所在的局和岗位（TASK_NOT_FOUND）")
  public TransferService.TaskHandovers handovers(@Parameter(description = "任务 id") @PathVariable String taskId) {
    return transfers.of(Caller.of(currentUser.get()), taskId);
  }
}
