package cn.gov.oneseal.consultation;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 征求意见 over the bureau's API, HTTP Basic as the officer. */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/tasks/{taskId}", produces = "application/json;charset=UTF-8")
public class ConsultationController {

  record ConsultationRequest(
      @Schema(implementation = String.class, description = "征求意见的问题（必填，不超过 500 字）",
          example = "现场勘验发现后厨排烟设施与图纸不符，是否影响准予许可？") Object question,
      @Schema(implementation = Integer.class, description = "答复期限（1 到 10 个工作日）", example = "3")
      Object workingDays,
      @ArraySchema(schema = @Schema(implementation = String.class, description = "被征求意见的工作人员（用户 ID）",
          example = "expert1")) Object users,
      @ArraySchema(schema = @Schema(implementation = String.class, description = "被征求意见的部门或岗位组",
          example = "regulatorSamr")) Object groups) {}

  private final Consulting consulting;
  private final CurrentUser currentUser;

  public ConsultationController(Consulting consulting, CurrentUser currentUser) {
    this.consulting = consulting;
    this.currentUser = currentUser;
  }

  @PostMapping("/consultations")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "征求意见（加签）", description = """
      审查或决定任务的办理人（已认领者）在提出审查意见或作出决定前，向本局（或服务各局的部门、专家）的工作人员或岗位组征求意见，\
      须填写问题和答复期限（1 到 10 个工作日，按工作日历计算，至最后一个工作日 24 时）。每位被征求意见人在 Tasklist 收到“答复征求意见”\
      任务；全部答复或期限届满（逾期未回复）前，本环节不能办结。征求意见不停止办件计时。""")
  @ApiResponse(responseCode = "201", description = "已征求意见",
      content = @Content(schema = @Schema(implementation = Consultation.class)))
  @ApiResponse(responseCode = "400", description = "问题、期限或被征求意见人有误，逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "调用方不是该任务的办理人",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "没有该任务，或它不属于调用方所在的局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "不是审查或决定任务（NOT_CONSULTABLE），或任务已办结（TASK_FINISHED）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Consultation ask(@Parameter(description = "任务 ID") @PathVariable String taskId,
      @RequestBody(required = false) ConsultationRequest body) {
    ConsultationRequest request = body == null ? new ConsultationRequest(null, null, null, null) : body;
    if (request.question() != null && !(request.question() instanceof String)) {
      throw ApiException.invalid("INVALID", new FieldError("question", "INVALID_TYPE", "question 应为文本"));
    }
    if (request.workingDays() != null && !(request.workingDays() instanceof Integer)) {
      throw ApiException.invalid("INVALID", new FieldError("workingDays", "INVALID_TYPE", "workingDays 应为整数"));
    }
    return consulting.ask(currentUser.get(), taskId, (String) request.question(), request.workingDays(),
        texts("users", request.users()), texts("groups", request.groups()));
  }

  @GetMapping("/consultations")
  @Operation(summary = "任务的征求意见", description = """
      任务上的全部征求意见：问题、期限、被征求意见人及其答复状态（待答复、已答复、逾期未回复、已撤回）和答复内容；settled 为 true 时该次征求意见\
      不再阻止办结。供任务的办理人、候选岗位的工作人员、征求人、电子监察和审计人员查看。""")
  @ApiResponse(responseCode = "200", description = "征求意见",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = Consultation.class))))
  @ApiResponse(responseCode = "403", description = "调用方无权查看",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "没有该任务，或它不属于调用方所在的局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<Consultation> ofTask(@Parameter(description = "任务 ID") @PathVariable String taskId) {
    return consulting.ofTask(currentUser.get(), taskId);
  }

  @GetMapping("/consultees")
  @Operation(summary = "可征求意见的人员和部门", description = "任务的办理人可向其征求意见的工作人员和岗位组（含中文名称）。")
  @ApiResponse(responseCode = "200", description = "可选的被征求意见人")
  @ApiResponse(responseCode = "403", description = "调用方不是该任务的办理人",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Consulting.Consultees consultees(@Parameter(description = "任务 ID") @PathVariable String taskId) {
    return consulting.consultees(currentUser.get(), taskId);
  }

  /** A list of texts (absent: none); 400 for anything else. */
  static List<String> texts(String field, Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw ApiException.invalid("INVALID", new FieldError(field, "INVALID_TYPE", field + " 应为用户或岗位组 ID 的列表"));
  }
}
