package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.modelchange.ModelChange.Kind;
import cn.gov.oneseal.modelchange.ModelChange.Status;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysts' model changes ({@code /api/v1/admin/model-changes}, src/docs/analysts-guide.md, "From Modeler to
 * production"): every change with its checks, diff, dry-run, approver and result, and its files — readable by
 * analysts, the bureau head, auditors and administrators; and the rollback of an approved change, proposed by an
 * analyst (or administrator) and approved like any change. Everyone else is refused (403).
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/admin/model-changes", produces = "application/json;charset=UTF-8")
class ModelChangeController {

  private static final Set<String> READERS = Set.of(Role.ANALYST.groupId(), Role.AUDITOR.groupId(),
      Role.BUREAU_HEAD.groupId());

  private final ModelChanges changes;
  private final Proposals proposals;
  private final CurrentModels current;
  private final ChangeWorker worker;
  private final CurrentUser currentUser;

  ModelChangeController(ModelChanges changes, Proposals proposals, CurrentModels current, ChangeWorker worker,
      CurrentUser currentUser) {
    this.changes = changes;
    this.proposals = proposals;
    this.current = current;
    this.worker = worker;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Operation(summary = "模型变更", description = "全部模型变更，新的在前：提出人、检查结果、变更内容、试迁移、审批人、审批意见和结果。"
      + "流程分析员、局负责人、审计和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "全部模型变更")
  @ApiResponse(responseCode = "403", description = "不是流程分析员、局负责人、审计或系统管理员")
  public List<ModelChangeView> all() {
    reader();
    return changes.all().stream().map(change -> ModelChangeView.of(change, List.copyOf(
        changes.files(change.number()).keySet()))).toList();
  }

  @GetMapping("/{number}")
  @Operation(summary = "一个模型变更", description = "变更的全部记录。流程分析员、局负责人、审计和系统管理员可查看。")
  @ApiResponse(responseCode = "200", description = "该变更")
  @ApiResponse(responseCode = "403", description = "不是流程分析员、局负责人、审计或系统管理员")
  @ApiResponse(responseCode = "404", description = "没有该变更（CHANGE_NOT_FOUND）")
  public ModelChangeView one(@Parameter(description = "变更号") @PathVariable int number) {
    reader();
    ModelChange change = known(number);
    return ModelChangeView.of(change, List.copyOf(changes.files(number).keySet()));
  }

  @GetMapping(path = "/{number}/files/{file}", produces = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8")
  @Operation(summary = "变更的一个文件", description = "变更部署（或提交审批）的文件原文：流程图、表单或决策表，可在 Camunda Modeler 中打开。")
  @ApiResponse(responseCode = "200", description = "文件原文")
  @ApiResponse(responseCode = "403", description = "不是流程分析员、局负责人、审计或系统管理员")
  @ApiResponse(responseCode = "404", description = "没有该变更（CHANGE_NOT_FOUND）或该文件（FILE_NOT_FOUND）")
  public ResponseEntity<String> file(@Parameter(description = "变更号") @PathVariable int number,
      @Parameter(description = "文件名，如 FoodBusinessLicence.bpmn") @PathVariable String file) {
    reader();
    known(number);
    byte[] content = changes.files(number).get(file);
    if (content == null) {
      throw ApiException.notFound("FILE_NOT_FOUND", "变更第 " + number + " 号没有文件 " + file);
    }
    MediaType type = file.endsWith(".form") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML;
    return ResponseEntity.ok().contentType(new MediaType(type, StandardCharsets.UTF_8))
        .body(new String(content, StandardCharsets.UTF_8));
  }

  @PostMapping("/{number}/rollback")
  @Operation(summary = "回退一个已生效的变更", description = "把变更涉及的流程恢复为变更前的版本，作为新的变更提交局负责人审批（与其他变更相同："
      + "检查、变更内容、试迁移、审批）。批准后新办件按变更前的版本办理；已迁移的在办件只在反向迁移计划可行时迁回。仅限流程分析员和系统管理员。")
  @ApiResponse(responseCode = "201", description = "回退已提交审批：新的变更")
  @ApiResponse(responseCode = "403", description = "不是流程分析员或系统管理员")
  @ApiResponse(responseCode = "404", description = "没有该变更（CHANGE_NOT_FOUND）")
  @ApiResponse(responseCode = "409", description = "该变更不能回退（ROLLBACK_REFUSED）：未生效、已回退、之后又有新的变更，或回退未通过检查")
  public ResponseEntity<ModelChangeView> rollback(@Parameter(description = "变更号") @PathVariable int number) {
    String analyst = currentUser.requireAnyGroup(Set.of(Role.ANALYST.groupId()), "回退模型变更（仅限流程分析员和系统管理员）")
        .getUserId();
    ModelChange change = known(number);
    List<String> refused = new ArrayList<>();
    if (change.kind() != Kind.CHANGE || change.status() != Status.ACTIVE) {
      refused.add("只有已生效的模型变更可以回退（变更第 " + number + " 号：" + change.kind().label() + "，" + change.status().label() + "）");
    } else if (change.rolledBackBy() != null) {
      refused.add("变更第 " + number + " 号已由变更第 " + change.rolledBackBy() + " 号回退");
    } else {
      Map<String, String> previous = PreviousDefinitions.read(change.previousDefinitions());
      if (previous.isEmpty()) {
        refused.add("变更第 " + number + " 号新增的流程没有以前的版本，无可回退");
      }
      worker.call(() -> {
        var inForce = current.latest(change.tenantId());
        for (String key : change.processKeys()) {
          var latest = inForce.get(key);
          if (latest != null && !change.deploymentId().equals(latest.getDeploymentId())) {
            refused.add("流程 " + key + " 在变更第 " + number + " 号之后又有新的版本：请回退最新的变更");
          }
        }
        return null;
      });
    }
    if (!refused.isEmpty()) {
      throw ApiException.conflict("ROLLBACK_REFUSED", String.join("；", refused));
    }
    try {
      ModelChange rollback = proposals.proposeRollback(change, analyst);
      return ResponseEntity.status(HttpStatus.CREATED).body(ModelChangeView.of(rollback,
          List.copyOf(changes.files(rollback.number()).keySet())));
    } catch (ChangeRefused e) {
      throw ApiException.conflict("ROLLBACK_REFUSED", e.getMessage());
    }
  }

  private ModelChange known(int number) {
    return changes.find(number).orElseThrow(() -> ApiException.notFound("CHANGE_NOT_FOUND", "没有变更第 " + number + " 号"));
  }

  private void reader() {
    currentUser.requireAnyGroup(READERS, "查看模型变更（仅限流程分析员、局负责人、审计和系统管理员）");
  }
}
