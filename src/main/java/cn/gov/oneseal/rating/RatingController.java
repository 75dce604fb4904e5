package cn.gov.oneseal.rating;

import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * 好差评 for the portal: the applicant rates a finished case once, with the case number and the query
 * code of the 收件凭证 (header {@code X-Query-Secret}), like the applicant's notices. No code → 401; a
 * wrong code answers like an unknown case (404), so case numbers cannot be probed. Officers of the
 * case's bureau read the rating with HTTP Basic under {@code /api/v1/cases}.
 */
@RestController
public class RatingController {

  static final String SECRET = "X-Query-Secret";

  private final ServiceRatings ratings;
  private final QuerySecrets secrets;
  private final CaseFiles caseFiles;
  private final CurrentUser currentUser;

  public RatingController(ServiceRatings ratings, QuerySecrets secrets, CaseFiles caseFiles, CurrentUser currentUser) {
    this.ratings = ratings;
    this.secrets = secrets;
    this.caseFiles = caseFiles;
    this.currentUser = currentUser;
  }

  /**
   * The applicant's rating: {@code grade} 1–5, {@code reason} (required for 1–2), {@code channel} PORTAL (default) or
   * WINDOW. Each value is taken as sent, so that a wrongly typed one is refused by its name.
   */
  @Schema(name = "RatingRequest", title = "评价")
  record RatingRequest(
      @Schema(description = "评价等级 1–5（1 非常不满意 … 5 非常满意）", implementation = Integer.class, example = "5")
      Object grade,
      @Schema(description = "评价理由，1–2 级（差评）必填", implementation = String.class) Object reason,
      @Schema(description = "PORTAL（网上评价，默认）或 WINDOW（窗口评价）", implementation = String.class) Object channel) {}

  @Tag(name = "申请人")
  @Operation(summary = "评价办件服务（好差评）", description = "每件只能评价一次，且须办理已结束（已送达、已办结、不予受理、"
      + "撤回等）。grade 1–5（非常不满意…非常满意），1–2 为差评，须填写 reason；channel 为 PORTAL（默认）或 WINDOW。"
      + "差评自动转整改：1 个工作日内联系申请人，15 个工作日内整改反馈。需请求头 X-Query-Secret。",
      security = {@SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "querySecret")})
  @ApiResponse(responseCode = "201", description = "评价已记录")
  @ApiResponse(responseCode = "400", description = "等级或理由有误（逐字段说明）")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确")
  @ApiResponse(responseCode = "409", description = "已评价过（ALREADY_RATED）或办理尚未结束（NOT_FINISHED）")
  @PostMapping(path = "/api/v1/applicant/cases/{caseNumber}/rating", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> rate(@PathVariable String caseNumber,
      @RequestHeader(name = SECRET, required = false) String secret,
      @RequestBody(required = false) RatingRequest body) {
    ResponseEntity<?> refused = refused(caseNumber, secret);
    if (refused != null) {
      return refused;
    }
    RatingRequest request = body == null ? new RatingRequest(null, null, null) : body;
    List<FieldError> errors = new ArrayList<>(ServiceRatings.check(request.grade(), request.reason(),
        "grade", "reason"));
    RatingChannel channel = RatingChannel.PORTAL;
    Object rawChannel = request.channel();
    if (rawChannel != null) {
      if ("PORTAL".equals(rawChannel) || "WINDOW".equals(rawChannel)) {
        channel = RatingChannel.valueOf((String) rawChannel);
      } else {
        errors.add(new FieldError("channel", "INVALID_CHOICE", "评价渠道只能是 PORTAL（网上评价）或 WINDOW（窗口评价）"));
      }
    }
    if (!errors.isEmpty()) {
      return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("code", "INVALID_RATING", "message", "评价有误", "errors", errors));
    }
    try {
      Rating rating = ratings.rate(caseNumber, ServiceRatings.grade(request.grade()), (String) request.reason(),
          channel, null);
      return ResponseEntity.status(HttpStatus.CREATED).body(view(rating));
    } catch (RatingConflictException conflict) {
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("code", conflict.code(), "message", conflict.getMessage()));
    }
  }

  @Tag(name = "申请人")
  @Operation(summary = "查看本办件的评价与差评整改反馈", description = "需请求头 X-Query-Secret。",
      security = {@SecurityRequirement(name = "basicAuth"), @SecurityRequirement(name = "querySecret")})
  @GetMapping(path = "/api/v1/applicant/cases/{caseNumber}/rating", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> applicantView(@PathVariable String caseNumber,
      @RequestHeader(name = SECRET, required = false) String secret) {
    ResponseEntity<?> refused = refused(caseNumber, secret);
    return refused != null ? refused : rating(caseNumber);
  }

  @Tag(name = "工作人员")
  @Operation(summary = "查看办件的评价（本局工作人员）", description = "申请人的评价、差评整改期限与结果；仅办件所属局的工作人员。",
      security = @SecurityRequirement(name = "basicAuth"))
  @GetMapping(path = "/api/v1/cases/{caseNumber}/rating", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> officerView(@PathVariable String caseNumber) {
    var caller = currentUser.get();
    if (caseFiles.find(caseNumber).filter(file -> currentUser.sees(caller, file.bureauId())).isEmpty()) {
      return notFound();
    }
    return rating(caseNumber);
  }

  private ResponseEntity<?> rating(String caseNumber) {
    return ratings.find(caseNumber).<ResponseEntity<?>>map(r -> ResponseEntity.ok(view(r)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("code", "NOT_RATED", "message", "本办件尚未评价")));
  }

  private ResponseEntity<?> refused(String caseNumber, String secret) {
    if (secret == null || secret.isBlank()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("code", "QUERY_SECRET_REQUIRED", "message", "请提供收件凭证上的查询码（X-Query-Secret）"));
    }
    return secrets.matches(caseNumber, secret) ? null : notFound();
  }

  private static ResponseEntity<?> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", "NOT_FOUND", "message", "办件编号或查询码不正确"));
  }

  private Map<String, Object> view(Rating rating) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("caseNumber", rating.caseNumber());
    view.put("grade", rating.grade());
    view.put("gradeLabel", rating.gradeLabel());
    view.put("bad", rating.bad());
    view.put("reason", rating.reason());
    view.put("channel", rating.channel().name());
    view.put("ratedAt", rating.ratedAt().toString());
    view.put("rectificationDue", rating.rectificationDue() == null ? null : rating.rectificationDue().toString());
    ratings.rectificationDueNote(rating).ifPresent(note -> view.put("rectificationDueNote", note));
    view.put("rectification", ratings.rectification(rating.caseNumber()).orElse(null));
    return view;
  }
}
