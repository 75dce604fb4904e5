package cn.gov.oneseal.returning;

import cn.gov.oneseal.handover.Caller;
import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 退回 over the bureau's API (src/docs/officers-guide.md, "退回"): the same rules as the Tasklist button and form. */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/tasks/{taskId}", produces = "application/json;charset=UTF-8")
class ReturnController {

  /** The reason. */
  @Schema(description = "退回请求")
  record ReturnRequest(@Schema(description = "退回理由（必填，不超过 500 字）", example = "经营场所平面图与现场不符，请重新审查")
      String reason) {}

  private final ReturnService service;
  private final CurrentUser currentUser;

  ReturnController(ReturnService service, CurrentUser currentUser) {
    this.service = service;
    this.currentUser = currentUser;
  }

  @PostMapping("/return")
  @Operation(summary = "退回", description = "决定任务退回重审（回到审查），审查任务退回受理（回到窗口重新受理审查，需要勘验的事项再经勘验）。"
      + "只有已认领该任务的办理人可以退回，须填写理由。退回后的任务先交原办理人（请假的交其代理人，不能办理的交岗位组），"
      + "任务中显示退回理由；退回不停止法定计时，一审一核仍然适用。")
  @ApiResponse(responseCode = "200", description = "已退回：退回记录")
  @ApiResponse(responseCode = "400", description = "未填理由或理由超过 500 字、不是审查或决定任务（字段错误）")
  @ApiResponse(responseCode = "403", description = "不是该任务的办理人（未认领或由他人办理）")
  @ApiResponse(responseCode = "404", description = "没有该任务，或该任务不属于本人所在的局和岗位（TASK_NOT_FOUND）")
  public ReturnView returnTask(@Parameter(description = "任务 id") @PathVariable String taskId,
      @RequestBody(required = false) ReturnRequest request) {
    return service.returnTask(Caller.of(currentUser.get()), taskId, request == null ? null : request.reason());
  }

  @GetMapping("/returns")
  @Operation(summary = "任务的退回信息", description = "本人可否退回该任务（退回重审或退回受理），以及本案的退回记录。"
      + "任务的办理人、候选岗位的成员和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "任务的退回信息")
  @ApiResponse(responseCode = "404", description = "没有该任务，或该任务不属于本人所在的局和岗位（TASK_NOT_FOUND）")
  public ReturnService.TaskReturnInfo returns(@Parameter(description = "任务 id") @PathVariable String taskId) {
    return service.of(Caller.of(currentUser.get()), taskId);
  }
}
