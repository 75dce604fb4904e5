package cn.gov.oneseal.outbox;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.QueryParameters;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox over the bureau's API: a case's messages and their delivery state for the bureau's officers (recipients
 * masked), and the messages by state with a retry of a dead one for administrators. HTTP Basic.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1", produces = "application/json;charset=UTF-8")
public class OutboxController {

  /** A page of messages. */
  record MessagePage(int total, List<MessageView> messages) {
  }

  private final OutboxMessages messages;
  private final Outbox outbox;
  private final CaseMessages caseMessages;
  private final CurrentUser currentUser;

  public OutboxController(OutboxMessages messages, Outbox outbox, CaseMessages caseMessages,
      CurrentUser currentUser) {
    this.messages = messages;
    this.outbox = outbox;
    this.caseMessages = caseMessages;
    this.currentUser = currentUser;
  }

  @GetMapping("/cases/{caseNumber}/messages")
  @Operation(summary = "办件的对外消息及送达状态", description = """
      本局工作人员（窗口、审查、决定、局负责人、电子监察、审计）查看办件发出的短信、邮件等消息：渠道、收件人（已脱敏）、\
      状态（待发送/已发送/发送失败）、尝试次数、最近一次失败原因和下次尝试时间。""")
  @ApiResponse(responseCode = "200", description = "办件的消息，按产生时间排列")
  @ApiResponse(responseCode = "403", description = "调用方无权查看或办件属于其他局",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<MessageView> ofCase(@Parameter(description = "办件编号") @PathVariable String caseNumber) {
    return caseMessages.of(currentUser.get(), caseNumber);
  }

  @GetMapping("/outbox/messages")
  @Operation(summary = "按状态列出发件箱消息（系统管理员）", description = """
      系统管理员查看发件箱中某一状态的消息（默认 DEAD：重试用尽仍未送达的消息），按产生时间倒序分页。""")
  @ApiResponse(responseCode = "200", description = "消息总数和这一页的消息")
  @ApiResponse(responseCode = "400", description = "状态或分页参数无效，逐字段说明",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "调用方不是系统管理员",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public MessagePage inState(
      @Parameter(description = "PENDING、SENT 或 DEAD") @RequestParam(defaultValue = "DEAD") String state,
      @Parameter(description = "页码，从 0 起") @RequestParam(defaultValue = "0") String page,
      @Parameter(description = "每页条数，1–100") @RequestParam(defaultValue = "20") String size) {
    requireAdmin("查看发件箱（仅限系统管理员）");
    OutboxMessage.State wanted = Stream.of(OutboxMessage.State.values()).filter(s -> s.name().equals(state))
        .findFirst().orElseThrow(() -> ApiException.invalid("INVALID_QUERY",
            new FieldError("state", "INVALID", "状态只能是 PENDING、SENT 或 DEAD")));
    List<FieldError> errors = new ArrayList<>();
    Integer pageNumber = QueryParameters.number(page, "page", 0, 0, 100_000, "页码须为 0 至 100000 的整数", errors);
    Integer pageSize = QueryParameters.number(size, "size", 20, 1, 100, "每页条数须为 1 至 100 的整数", errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid("INVALID_QUERY", errors);
    }
    return new MessagePage(messages.countInState(wanted), messages.inState(wanted, pageNumber * pageSize, pageSize)
        .stream().map(m -> MessageView.of(m, false)).toList());
  }

  @PostMapping("/outbox/messages/{id}/retry")
  @Operation(summary = "重新发送一条发送失败的消息（系统管理员）", description = """
      把一条 DEAD 消息改回待发送，立即按原消息键再次发送（尝试次数重新计算）。""")
  @ApiResponse(responseCode = "200", description = "已重新排入发送，回答该消息")
  @ApiResponse(responseCode = "403", description = "调用方不是系统管理员",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "没有该消息",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "消息不是发送失败状态（NOT_DEAD）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public MessageView retry(@Parameter(description = "消息 ID") @PathVariable String id) {
    requireAdmin("重新发送消息（仅限系统管理员）");
    long messageId = id.matches("\\d{1,18}") ? Long.parseLong(id) : -1;
    OutboxMessage message = messages.get(messageId).orElseThrow(() -> ApiException.notFound("MESSAGE_NOT_FOUND",
        "没有 ID 为 " + id + " 的消息"));
    if (!outbox.retry(message.id())) {
      throw ApiException.conflict("NOT_DEAD", "消息当前为“" + message.state().label() + "”，只有发送失败的消息可以重新发送");
    }
    return MessageView.of(messages.get(message.id()).orElseThrow(), false);
  }

  private void requireAdmin(String what) {
    if (!currentUser.isAdmin(currentUser.get())) {
      throw ApiException.forbidden("无权" + what);
    }
  }
}
