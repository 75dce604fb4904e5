package cn.gov.oneseal.catalogueadmin;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.catalogue.CatalogueEditing;
import cn.gov.oneseal.catalogue.CatalogueEntries;
import cn.gov.oneseal.catalogue.EditRefused;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalogue maintenance for analysts and administrators ({@code /api/v1/admin/catalogue}, src/docs/analysts-guide.md,
 * "Changing the catalogue without a restart"): an item's current version and its history, and a change of its
 * promised limit, stage limits, materials or 容缺 entry — nothing else — as its next version ({@link CatalogueEditing}).
 * Auditors read the versions and their history (who changed what and when: 法制审核 checks the rules a case ran
 * under) but change nothing; everyone else is refused (403). A change the rules refuse is 400 with every problem,
 * field by field, and changes nothing.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/admin/catalogue/items", produces = "application/json;charset=UTF-8")
class CatalogueAdminController {

  static final String MERGE_PATCH = "application/merge-patch+json";

  /** The body of a change (for the OpenAPI description). */
  @Schema(name = "CatalogueChange", title = "事项目录的修改", description = "PUT 须给出全部四项；PATCH 只给要改的项（JSON 合并补丁："
      + "stageLimits、deficiency 按键合并，materials 整体替换）。其他项（名称、法定时限等）只能改事项目录文件。")
  record ChangeBody(
      @Schema(description = "承诺时限，工作日（不超过法定时限；即办件为 0）", example = "8") Integer promisedLimit,
      @Schema(description = "环节时限，工作日：intake、survey、review、opinions、decision、delivery、signFor（按办件类型）",
          example = "{\"intake\": 1, \"survey\": 3, \"review\": 3, \"decision\": 1, \"delivery\": 5, \"signFor\": 3}")
      Map<String, Integer> stageLimits,
      @Schema(description = "申请材料，按公布顺序：{code, name, kind: main|secondary, required}") List<Map<String, Object>> materials,
      @Schema(description = "容缺：{allowed, materials（可容缺的次要材料编码）, exclusionReason, afterLicence}")
      Map<String, Object> deficiency,
      @Schema(description = "修改说明（可选，不超过 500 字），记入版本历史", example = "按2026年营商环境方案压缩审查时限") String reason,
      @Schema(description = "据以修改的版本号（可选）：已有更新的版本时答 409", example = "1") Integer baseVersion) {}

  private final ItemCatalogue catalogue;
  private final CatalogueEntries entries;
  private final CatalogueEditing editing;
  private final CurrentUser currentUser;

  CatalogueAdminController(ItemCatalogue catalogue, CatalogueEntries entries, CatalogueEditing editing,
      CurrentUser currentUser) {
    this.catalogue = catalogue;
    this.entries = entries;
    this.editing = editing;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "事项目录的当前版本", description = "每个事项的当前版本：版本号、修改人、修改时间、改了什么和可修改的四项。流程分析员、审计和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "全部事项的当前版本")
  @ApiResponse(responseCode = "403", description = "不是流程分析员、审计或系统管理员")
  public List<CatalogueVersionView> items() {
    reader();
    return catalogue.all().stream().map(item -> latest(item.code())).toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "一个事项的当前版本", description = "事项的当前版本：可修改的四项（promisedLimit、stageLimits、materials、"
      + "deficiency）及版本号、修改人、修改时间。流程分析员、审计和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "当前版本")
  @ApiResponse(responseCode = "403", description = "不是流程分析员、审计或系统管理员")
  @ApiResponse(responseCode = "404", description = "事项目录中没有该编码（ITEM_NOT_FOUND）")
  public CatalogueVersionView item(@Parameter(description = "事项编码，如 FoodBusinessLicence") @PathVariable String code) {
    reader();
    return latest(known(code));
  }

  @GetMapping("/{code}/versions")
  @Operation(summary = "一个事项的版本历史", description = "事项的全部版本，新的在前：谁（system 为事项目录文件）在何时改了什么。"
      + "流程分析员、审计和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "版本历史")
  @ApiResponse(responseCode = "403", description = "不是流程分析员、审计或系统管理员")
  @ApiResponse(responseCode = "404", description = "事项目录中没有该编码（ITEM_NOT_FOUND）")
  public List<CatalogueVersionView> versions(@Parameter(description = "事项编码") @PathVariable String code) {
    reader();
    return entries.history(known(code)).stream().map(CatalogueVersionView::of).toList();
  }

  @GetMapping("/{code}/versions/{version}")
  @Operation(summary = "一个事项的某一版本", description = "事项的某一版本（办件按其收件时的版本办理）。流程分析员、审计和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "该版本")
  @ApiResponse(responseCode = "403", description = "不是流程分析员、审计或系统管理员")
  @ApiResponse(responseCode = "404", description = "没有该事项（ITEM_NOT_FOUND）或该版本（VERSION_NOT_FOUND）")
  public CatalogueVersionView version(@Parameter(description = "事项编码") @PathVariable String code,
      @Parameter(description = "版本号") @PathVariable int version) {
    reader();
    return entries.version(known(code), version).map(CatalogueVersionView::of).orElseThrow(() -> ApiException.notFound(
        "VERSION_NOT_FOUND", "事项 " + code + " 没有第 " + version + " 版"));
  }

  @PutMapping(path = "/{code}", consumes = "application/json")
  @Operation(summary = "修改事项的时限、材料和容缺（全部四项）", description = """
      流程分析员或系统管理员修改事项的承诺时限（promisedLimit）、环节时限（stageLimits）、申请材料（materials）和容缺\
      （deficiency），四项须全部给出，格式同事项目录文件；其他各项只能改事项目录文件。按启动时的同一套规则校验，有误时逐项说明（400），\
      不作任何修改。通过后成为该事项的新版本，记下修改人、时间和改动：本节点立即生效，其他节点一分钟内生效；新收件的办件按新版本办理，\
      已收件的办件仍按收件时的版本。材料有变时，收件登记表单随之更新（事项流程部署为新版本）。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(
      implementation = ChangeBody.class)))
  @ApiResponse(responseCode = "200", description = "修改后的当前版本（changed 为 false 时内容未变，未生成新版本）")
  @ApiResponse(responseCode = "400", description = "逐项说明的问题（errors），未作任何修改")
  @ApiResponse(responseCode = "403", description = "不是流程分析员或系统管理员")
  @ApiResponse(responseCode = "404", description = "事项目录中没有该编码（ITEM_NOT_FOUND）")
  @ApiResponse(responseCode = "409", description = "baseVersion 不是最新版本，或他人同时修改（VERSION_CONFLICT）")
  public Map<String, Object> replace(@Parameter(description = "事项编码") @PathVariable String code,
      @RequestBody(required = false) JsonNode body) {
    return change(code, body, true);
  }

  @PatchMapping(path = "/{code}", consumes = {"application/json", MERGE_PATCH})
  @Operation(summary = "修改事项的时限、材料或容缺（部分）", description = """
      同 PUT，但只给要改的项（JSON 合并补丁，RFC 7386）：例如 {"promisedLimit": 8} 或 {"stageLimits": {"review": 4}}；\
      stageLimits、deficiency 按键合并，materials 整体替换。""")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(schema = @Schema(
      implementation = ChangeBody.class)))
  @ApiResponse(responseCode = "200", description = "修改后的当前版本（changed 为 false 时内容未变，未生成新版本）")
  @ApiResponse(responseCode = "400", description = "逐项说明的问题（errors），未作任何修改")
  @ApiResponse(responseCode = "403", description = "不是流程分析员或系统管理员")
  @ApiResponse(responseCode = "404", description = "事项目录中没有该编码（ITEM_NOT_FOUND）")
  @ApiResponse(responseCode = "409", description = "baseVersion 不是最新版本，或他人同时修改（VERSION_CONFLICT）")
  public Map<String, Object> patch(@Parameter(description = "事项编码") @PathVariable String code,
      @RequestBody(required = false) JsonNode body) {
    return change(code, body, false);
  }

  private Map<String, Object> change(String code, JsonNode body, boolean replace) {
    String by = caller();
    known(code);
    try {
      CatalogueEditing.Change change = editing.change(code, body == null ? com.fasterxml.jackson.databind.node
          .NullNode.getInstance() : body, replace, by);
      return Map.of("changed", change.changed(), "version", CatalogueVersionView.of(change.version()));
    } catch (EditRefused refused) {
      if (refused.conflict()) {
        throw ApiException.conflict("VERSION_CONFLICT", refused.getMessage());
      }
      throw ApiException.invalid("INVALID_CATALOGUE", refused.problems().stream()
          .map(p -> new FieldError(p.field(), p.code(), p.message())).toList());
    }
  }

  /** Who may change the catalogue: analysts and administrators. */
  private String caller() {
    return currentUser.requireAnyGroup(Set.of(Role.ANALYST.groupId()), "维护事项目录（仅限流程分析员和系统管理员）").getUserId();
  }

  /** Who may read the catalogue's versions: analysts, auditors and administrators. */
  private void reader() {
    currentUser.requireAnyGroup(Set.of(Role.ANALYST.groupId(), Role.AUDITOR.groupId()),
        "查看事项目录的版本（仅限流程分析员、审计和系统管理员）");
  }

  private String known(String code) {
    if (catalogue.find(code).isEmpty()) {
      throw ApiException.notFound("ITEM_NOT_FOUND", "事项目录中没有编码为 " + code + " 的事项");
    }
    return code;
  }

  private CatalogueVersionView latest(String code) {
    return entries.latest(code).map(CatalogueVersionView::of).orElseThrow(() -> ApiException.notFound(
        "ITEM_NOT_FOUND", "事项目录中没有编码为 " + code + " 的事项"));
  }
}
