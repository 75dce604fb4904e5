package cn.gov.oneseal.handover;

import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 委托/代理 over the bureau's API (src/docs/officers-guide.md, "委托/代理"): the same rules as Tasklist's 请假 dialog. */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/absences", produces = "application/json;charset=UTF-8")
class AbsenceController {

  @Schema(description = "请假登记")
  record AbsenceRequest(
      @Schema(description = "请假人用户名（不填为本人；局负责人可为本局工作人员登记）", example = "reviewer1") String userId,
      @Schema(description = "代理人用户名：与请假人同一岗位、同一局", example = "reviewer2") String standIn,
      @Schema(description = "第一天", example = "2026-03-02") String firstDay,
      @Schema(description = "最后一天（含）", example = "2026-03-04") String lastDay,
      @Schema(description = "事由（可不填，不超过 500 字）", example = "外出培训") String reason) {}

  private final AbsenceService service;
  private final CurrentUser currentUser;

  AbsenceController(AbsenceService service, CurrentUser currentUser) {
    this.service = service;
    this.currentUser = currentUser;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "登记请假", description = "请假期间，本应由请假人办理的任务（转办、直接指派、退回）改由代理人办理；请假开始时，"
      + "请假人已认领而未办结的任务交代理人，结束时代理人手中仍未办结的交还请假人。一审一核对代理人同样适用。")
  @ApiResponse(responseCode = "201", description = "已登记")
  @ApiResponse(responseCode = "400", description = "日期有误、未选代理人、代理人不在同一岗位或同一局、代理人在此期间也请假（字段错误）")
  @ApiResponse(responseCode = "403", description = "为他人登记而不是其所在局的局负责人")
  @ApiResponse(responseCode = "409", description = "与已登记的请假重叠（ABSENCE_OVERLAPS）")
  public Absence declare(@RequestBody AbsenceRequest request) {
    AbsenceRequest r = request == null ? new AbsenceRequest(null, null, null, null, null) : request;
    return service.declare(Caller.of(currentUser.get()), r.userId(), r.standIn(), r.firstDay(), r.lastDay(),
        r.reason());
  }

  @GetMapping
  @Operation(summary = "请假", description = "尚未结束的请假：本人的、本人代理的；局负责人还可看到本局的全部。")
  @ApiResponse(responseCode = "200", description = "请假，新的在前")
  public List<Absence> list() {
    return service.list(Caller.of(currentUser.get()));
  }

  @GetMapping("/stand-ins")
  @Operation(summary = "可选的代理人", description = "与请假人同一岗位、同一局的同事，带姓名。")
  @ApiResponse(responseCode = "200", description = "可选的代理人")
  @ApiResponse(responseCode = "403", description = "查询他人而不是其所在局的局负责人")
  public List<Colleagues.Colleague> standIns(
      @Parameter(description = "请假人用户名（不填为本人）") @RequestParam(required = false) String userId) {
    return service.standIns(Caller.of(currentUser.get()), userId);
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "撤销请假", description = "请假人本人、登记人、局负责人可撤销；代理人手中由本次请假转来、仍未办结的任务随后交还请假人。")
  @ApiResponse(responseCode = "200", description = "已撤销")
  @ApiResponse(responseCode = "403", description = "无权撤销")
  @ApiResponse(responseCode = "404", description = "没有该请假（ABSENCE_NOT_FOUND）")
  @ApiResponse(responseCode = "409", description = "已撤销或已结束（ABSENCE_OVER）")
  public Absence cancel(@Parameter(description = "请假编号") @PathVariable long id) {
    return service.cancel(Caller.of(currentUser.get()), id);
  }
}
