package cn.gov.oneseal.portal;

import static cn.gov.oneseal.portal.PortalRequests.IDEMPOTENCY;
import static cn.gov.oneseal.portal.PortalRequests.KEY;
import static cn.gov.oneseal.portal.PortalRequests.KEY_TEXT;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.IdempotentRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** 网上申请: the online hall submits an application with its files for an applicant, once per idempotency key. */
@RestController
@RequestMapping(path = "/api/v1/applicant", produces = "application/json;charset=UTF-8")
@Tag(name = "申请人")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class ApplicationController {

  private static final String APPLICATION_EXAMPLE = """
      {"itemCode": "FoodBusinessLicence", "bureauId": "city",
       "applicant": {"name": "好味餐饮有限公司", "idType": "USCC", "id": "91350100M000100Y43"},
       "contact": {"name": "林晓", "phone": "0512-66881234", "email": "linxiao@example.cn"}, "premisesAddress": "姑苏区人民路100号",
       "businessScope": "CATERING", "path": "DEFICIENCY", "deficientMaterials": ["M04"], "pledgeSigned": true}""";

  private final Applications applications;
  private final ApplicantCases cases;
  private final IdempotentRequests idempotent;

  ApplicationController(Applications applications, ApplicantCases cases, IdempotentRequests idempotent) {
    this.applications = applications;
    this.cases = cases;
    this.idempotent = idempotent;
  }

  @PostMapping(path = "/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "网上申请（提交申请及材料）", description = """
      multipart/form-data：

      * 部分 `application`（JSON）：`itemCode` 事项编码（见办事指南）、`bureauId` 受理的行政审批局（省略为市局）、\
      `applicant` {`name`, `idType` USCC｜RESIDENT_ID, `id`}、`contact` {`name`, `phone`, `email`（选填，文书同时发送至该邮箱）}、`premisesAddress`、\
      `businessScope`（事项有主体业态时必填，取值见办事指南）、`path` 申请方式 ORDINARY 一般程序｜DEFICIENCY 容缺受理｜\
      COMMITMENT 告知承诺；容缺受理另填 `deficientMaterials`（欠缺的次要材料编码，须在事项的容缺清单内）和 \
      `pledgeSigned: true`（申请人签署容缺受理承诺书）；告知承诺另填 `commitmentAccepted: true`（申请人已阅知许可条件并承诺符合）。
      * 每个材料一个文件部分，部分名称为材料编码（M01、M02…，见办事指南），PDF、JPEG 或 PNG，单个不超过 20 MB；\
      除声明容缺的材料外，必需材料都须上传。

      成功时按窗口收件登记的同样规则登记收件、编号、发出收件凭证，回答办件编号和 8 位查询码（只回答这一次，\
      同一 Idempotency-Key 重试时原样再回答）。申请方式由窗口在受理审查时决定是否准许。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object", requiredProperties = "application"),
      schemaProperties = {
          @SchemaProperty(name = "application", schema = @Schema(type = "string", description = "申请信息（JSON）",
              example = APPLICATION_EXAMPLE)),
          @SchemaProperty(name = "M01", schema = @Schema(type = "string", format = "binary",
              description = "材料 M01 的文件；其他材料同样以材料编码为部分名称（M02、M03…）"))}))
  @ApiResponse(responseCode = "201", description = "已收件：{caseNumber, querySecret, status, statusLabel, path, notices}")
  @ApiResponse(responseCode = "400", description = "申请有误：{code, message, errors: [{field, code, message}]}，"
      + "如 application.applicant.id INVALID_CHECKSUM（校验码错误）、files.M03 MATERIAL_MISSING、files.M01 INVALID_TYPE、"
      + "application.itemCode ITEM_NOT_FOUND、application.path PATH_NOT_ALLOWED；不写入任何数据",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "409", description = "Idempotency-Key 已用于内容不同的请求",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<?> submit(@Parameter(in = ParameterIn.HEADER, description = KEY_TEXT)
      @RequestHeader(name = KEY, required = false) String key,
      @Parameter(hidden = true) MultipartHttpServletRequest request) {
    String application = request.getParameter("application");
    Map<String, MultipartFile> files = new LinkedHashMap<>(request.getFileMap());
    MultipartFile applicationPart = files.remove("application");
    if (application == null && applicationPart != null) {
      application = PortalRequests.text(applicationPart);
    }
    String json = application;
    return idempotent.run(IDEMPOTENCY, cases.caller(), key, "APPLICATION",
        IdempotentRequests.content(application, files),
        () -> PortalRequests.created(applications.submit(json, files)));
  }
}
