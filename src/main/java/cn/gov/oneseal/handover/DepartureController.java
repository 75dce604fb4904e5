package cn.gov.oneseal.handover;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 离岗退回 for the bureau head (src/docs/directory.md, "An officer who leaves"). */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
class DepartureController {

  private final Handovers handovers;
  private final CurrentUser currentUser;

  DepartureController(Handovers handovers, CurrentUser currentUser) {
    this.handovers = handovers;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/api/v1/departures", produces = "application/json;charset=UTF-8")
  @Operation(summary = "离岗退回的任务", description = "已不在工作人员名录中（离职、调离、账号停用）的工作人员认领而未办结的任务，"
      + "已退回岗位组待认领：局负责人、电子监察看本局的，新的在前，至多 500 条。")
  @ApiResponse(responseCode = "200", description = "退回记录")
  @ApiResponse(responseCode = "403", description = "不是局负责人或电子监察")
  public List<Handover> departures() {
    Caller caller = Caller.of(currentUser.get());
    if (!caller.groupIds().contains(Role.BUREAU_HEAD.groupId()) && !caller.groupIds().contains(
        Role.SUPERVISOR.groupId()) && !caller.isAdmin()) {
      throw ApiException.forbidden("只有局负责人和电子监察可以查看离岗退回的任务");
    }
    return handovers.departures(caller.tenantIds());
  }
}
