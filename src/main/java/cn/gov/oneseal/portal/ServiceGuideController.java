package cn.gov.oneseal.portal;

import cn.gov.oneseal.catalogue.ApplicationPaths;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.catalogue.Stage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * 办事指南: the public, read-only service guide of the catalogue, in Chinese, as the portal shows
 * it. Answers anonymously.
 */
@RestController
@Tag(name = "办事指南")
@RequestMapping(path = "/api/v1/items", produces = "application/json;charset=UTF-8")
public class ServiceGuideController {

  private static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");
  private static final Map<String, String> PATH_NAMES = Map.of(
      "ORDINARY", "一般程序", "DEFICIENCY", "容缺受理", "COMMITMENT", "告知承诺");

  private final ItemCatalogue catalogue;
  private final ApplicationPaths applicationPaths;
  private final ServiceGuideList list;

  ServiceGuideController(ItemCatalogue catalogue, ApplicationPaths applicationPaths, ServiceGuideList list) {
    this.catalogue = catalogue;
    this.applicationPaths = applicationPaths;
    this.list = list;
  }

  @GetMapping
  @Operation(summary = "事项目录", description = "列出全部审批事项：编码、名称、办件类型、监管部门、法定时限与承诺时限。无需认证。"
      + "答复带 ETag：带 If-None-Match 再次请求时，事项目录未变则答 304（无正文）。")
  @ApiResponse(responseCode = "200", description = "事项列表", content = @Content(mediaType = "application/json",
      array = @ArraySchema(schema = @Schema(type = "object", description = "事项：code、name、type、typeName、department、"
          + "statutoryLimit、promisedLimit、limitText"))))
  @ApiResponse(responseCode = "304", description = "事项目录未变（If-None-Match 与 ETag 相同）")
  public ResponseEntity<byte[]> items(WebRequest request) {
    ServiceGuideList.Written written = list.current(ServiceGuideController::summary);
    if (request.checkNotModified(written.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(written.etag()).build();
    }
    return ResponseEntity.ok().eTag(written.etag()).contentType(JSON).body(written.json());
  }

  @GetMapping("/{code}")
  @Operation(summary = "事项的办事指南", description = """
      一个事项的办事指南：设定依据、办件类型、时限（limitText）及起算、延期、送达时限、现场勘验、决定机关、收费、许可证有效期、\
      申请材料（主要/次要、是否必需、可否容缺）和申请方式（一般程序、容缺受理、告知承诺）。无需认证。""")
  @ApiResponse(responseCode = "200", description = "办事指南")
  @ApiResponse(responseCode = "404", description = "事项目录中没有该编码（ITEM_NOT_FOUND）")
  public ResponseEntity<Map<String, Object>> item(
      @Parameter(description = "事项编码，如 FoodBusinessLicence") @PathVariable String code) {
    return catalogue.find(code)
        .<ResponseEntity<Map<String, Object>>>map(item -> ResponseEntity.ok(guide(item)))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of(
            "code", "ITEM_NOT_FOUND", "message", "事项目录中没有编码为 " + code + " 的事项")));
  }

  private static Map<String, Object> summary(ApprovalItem item) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", item.code());
    json.put("name", item.name());
    json.put("type", item.type().name());
    json.put("typeName", item.type().label());
    json.put("department", item.regulatorDepartment());
    json.put("statutoryLimit", item.statutoryLimit());
    json.put("promisedLimit", item.promisedLimit());
    json.put("limitText", limitText(item));
    return json;
  }

  private Map<String, Object> guide(ApprovalItem item) {
    Map<String, Object> json = summary(item);
    json.put("legalBasis", item.legalBasis());
    json.put("statutoryLimitCountsFrom", item.countsFrom() == ApprovalItem.CountsFrom.RECEIPT ? "自收到申请之日起" : "自受理之日起");
    json.put("extensionLimit", item.extensionLimit());
    json.put("deliveryLimit", item.stageLimit(Stage.DELIVERY));
    json.put("siteSurvey", switch (item.survey()) {
      case REQUIRED -> "需要联合现场勘验";
      case OPTIONAL -> "视情况安排现场勘验";
      case NONE -> "无需现场勘验";
    });
    json.put("decidedBy", item.higherOrgan().isBlank()
        ? (item.delegation() == ApprovalItem.Delegation.CITY ? "县（市、区）行政审批局受理审查，市行政审批局决定" : "受理地行政审批局")
        : item.higherOrgan());
    json.put("fees", item.fees());
    json.put("licenceValidity", item.licenceValidity().map(ServiceGuideController::validityText).orElse("长期有效"));
    json.put("paths", paths(item));
    List<Map<String, Object>> materials = new ArrayList<>();
    for (Material m : item.materials()) {
      Map<String, Object> material = new LinkedHashMap<>();
      material.put("code", m.code());
      material.put("name", m.name());
      material.put("kind", m.main() ? "主要材料" : "次要材料");
      material.put("required", m.required());
      material.put("deficiencyTolerated", item.deficiency().materials().contains(m.code()));
      materials.add(material);
    }
    json.put("materials", materials);
    if (!item.jointDepartments().isEmpty()) {
      json.put("jointDepartments", item.jointDepartments().stream().map(ApprovalItem.Department::name).toList());
    }
    return json;
  }

  /** The ways of applying, as the rules (Decision_ApplicationPath) grant them to an applicant in good standing. */
  private List<Map<String, Object>> paths(ApprovalItem item) {
    List<Map<String, Object>> paths = new ArrayList<>();
    for (ApplicationPaths.Verdict verdict : applicationPaths.published(item)) {
      String description = verdict.reason();
      if (verdict.path().equals("DEFICIENCY") && !verdict.allowed() && !item.deficiency().exclusionReason().isBlank()) {
        description += "（" + item.deficiency().exclusionReason() + "）";
      }
      if (verdict.path().equals("COMMITMENT") && verdict.allowed()) {
        description += "；监管部门在 " + item.commitment().verificationLimit() + " 个工作日内核查";
      }
      Map<String, Object> path = new LinkedHashMap<>();
      path.put("code", verdict.path());
      path.put("name", PATH_NAMES.get(verdict.path()));
      path.put("available", verdict.allowed());
      path.put("description", description);
      paths.add(path);
    }
    return paths;
  }

  static String limitText(ApprovalItem item) {
    String start = item.countsFrom() == ApprovalItem.CountsFrom.RECEIPT ? "自收到申请之日起" : "自受理之日起";
    String promised = item.promisedLimit() == 0 ? "当场办结" : "承诺 " + item.promisedLimit() + " 个工作日内办结";
    return promised + "（法定时限：" + start + item.statutoryLimit() + " 个工作日）";
  }

  private static String validityText(java.time.Period period) {
    if (period.getYears() > 0 && period.getMonths() == 0) {
      return period.getYears() + " 年";
    }
    return period.toTotalMonths() + " 个月";
  }
}
