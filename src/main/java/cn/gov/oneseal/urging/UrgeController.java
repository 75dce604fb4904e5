package cn.gov.oneseal.urging;

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

/** 催办 over the bureau's API: urge a task or a case, read a case's urges. HTTP Basic as the officer. */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1", produces = "application/json;charset=UTF-8")
public class UrgeController {

  record UrgeRequest(@Schema(implementation = String.class, description = "催办意见（必填，不超过 500 字）",
      example = "已超期两个工作日，请今日内办结") Object note) {}

  private final Urging urging;
  private final CurrentUser currentUser;

  public UrgeController(Urging urging, CurrentUser currentUser) {
    this.urging = urging;
    this.currentUser = currentUser;
  }

  @PostMapping("/tasks/{taskId}/urges")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "催办一个在办环节", description = """
      电子监察人员（所在各局）或局负责人（本局）催办办件的一个在办任务，须填写催办意见。承办人（未认领时为候选组）在 Tasklist \
      的任务上和“被催办”过滤器中看到催办标记和意见；每次催办均记入办件历史。对已亮红牌的环节再次催办时升级至该局局负责人\
      （escalated 为 true，局负责人收到“催办升级”任务）。""")
  @ApiResponse(responseCode = "201", description = "已催办，回答催办记录",
      content = @Content(schema = @Schema(implementation = Urge.class)))
  @ApiResponse(responseCode = "400", description = "未填写催办意见或意见过长，逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "调用方不是电子监察人员或局负责人，或任务属于其他局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "没有该任务",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "任务已办结（TASK_FINISHED）或不是办件的环节（NOT_A_CASE_STEP）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Urge urgeTask(@Parameter(description = "任务 ID") @PathVariable String taskId,
      @RequestBody(required = false) UrgeRequest body) {
    return urging.urgeTask(Urger.of(currentUser.get()), taskId, note(body));
  }

  @PostMapping("/cases/{caseNumber}/urges")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "催办一个办件（其全部在办环节）", description = """
      同“催办一个在办环节”，对办件当前的每个在办环节各记一次催办。办件没有在办环节时回答 409（NO_OPEN_STEP）。""")
  @ApiResponse(responseCode = "201", description = "已催办，回答各环节的催办记录",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = Urge.class))))
  @ApiResponse(responseCode = "400", description = "未填写催办意见或意见过长，逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "调用方不是电子监察人员或局负责人，或办件属于其他局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "办件没有在办的环节（NO_OPEN_STEP）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<Urge> urgeCase(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody(required = false) UrgeRequest body) {
    return urging.urgeCase(Urger.of(currentUser.get()), caseNumber, note(body));
  }

  @GetMapping("/cases/{caseNumber}/urges")
  @Operation(summary = "办件的催办记录", description = """
      办件的全部催办记录（先早后晚）：环节、当时的承办人或候选组、催办人、时间、意见、是否升级至局负责人。\
      供所在局的电子监察、审计人员和局负责人查看。""")
  @ApiResponse(responseCode = "200", description = "催办记录",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = Urge.class))))
  @ApiResponse(responseCode = "403", description = "调用方无权查看催办记录",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<Urge> ofCase(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    return urging.ofCase(Urger.of(currentUser.get()), caseNumber);
  }

  private static String note(UrgeRequest body) {
    Object note = body == null ? null : body.note();
    if (note != null && !(note instanceof String)) {
      throw ApiException.invalid("INVALID", new FieldError("note", "INVALID_TYPE", "催办意见应为文本"));
    }
    return (String) note;
  }
}
