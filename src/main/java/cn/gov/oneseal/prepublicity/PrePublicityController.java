package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 批前公示 for anyone, without a login: the open publicities and an objection to one of them. The body of an objection
 * is read here, at most {@value #MAX_BODY} bytes, before anything parses it.
 */
@RestController
@Tag(name = "办事指南")
@RequestMapping(path = "/api/v1/public/pre-publicity", produces = "application/json;charset=UTF-8")
public class PrePublicityController {

  static final int MAX_BODY = 16 * 1024;

  @Schema(name = "PrePublicityObjection", description = "对批前公示的意见")
  record ObjectionRequest(
      @Schema(description = "姓名或单位名称（必填，不超过 50 字）", example = "某小区业主委员会") String name,
      @Schema(description = "联系电话或电子邮箱（必填，不超过 100 字；不公开）", example = "0512-65000000") String contact,
      @Schema(description = "意见内容（必填，不超过 2000 字）", example = "拟建楼栋距本小区 3 号楼过近，影响日照") String text) {}

  private final Objecting objecting;
  private final ObjectMapper json;

  PrePublicityController(Objecting objecting, ObjectMapper json) {
    this.objecting = objecting;
    this.json = json;
  }

  @GetMapping
  @Operation(summary = "正在公示的批前公示", description = """
      正在公示的规划批前公示（如建设工程规划许可的设计方案）：事项、公示标题、申请人（自然人只显示姓氏）、项目地点、\
      公示期（起止日期、天数及计日方式）和已收到意见的条数。不公开办件编号、提意见人的姓名、联系方式和意见内容。无需认证。""")
  @ApiResponse(responseCode = "200", description = "正在公示的批前公示，公示期先届满的在前",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = Objecting.Listed.class))))
  public List<Objecting.Listed> open() {
    return objecting.open();
  }

  @PostMapping(path = "/{id}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "对批前公示提出意见", description = """
      公示期内任何单位和个人均可对批前公示提出意见：姓名或单位名称、联系电话或电子邮箱、意见内容。审查人员在审查意见中逐条答复；\
      姓名、联系方式和意见内容不公开。公示期届满后不再受理（409）。无需认证；请求内容不得超过 16 KB。""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
          content = @Content(schema = @Schema(implementation = ObjectionRequest.class))))
  @ApiResponse(responseCode = "201", description = "已收到意见：编号 number 和收到时间",
      content = @Content(schema = @Schema(implementation = Objecting.Received.class)))
  @ApiResponse(responseCode = "400", description = "意见有误，逐字段说明（name、contact、text），或请求内容不是 JSON 对象",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "没有该批前公示（PUBLICITY_NOT_FOUND）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "公示期已届满，不再受理意见（PUBLICITY_CLOSED）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "413", description = "请求内容超过 16 KB（TOO_LARGE）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> object(@Parameter(description = "批前公示的编号（公示列表中的 id）") @PathVariable String id,
      HttpServletRequest request) throws IOException {
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
          .body(new ApiError("TOO_LARGE", "请求内容过大：意见不得超过 16 KB", null));
    }
    if (!id.matches("[0-9]{1,18}")) {
      throw ApiException.notFound("PUBLICITY_NOT_FOUND", "没有该批前公示");
    }
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (JacksonException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw ApiException.invalid("INVALID_BODY", new FieldError("body", "INVALID_BODY",
          "请求内容须为 JSON 对象：{\"name\": …, \"contact\": …, \"text\": …}"));
    }
    List<FieldError> errors = new ArrayList<>();
    ObjectionForm form = ObjectionForm.read(node, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid("INVALID", errors);
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(objecting.object(Long.parseLong(id), form));
  }
}
