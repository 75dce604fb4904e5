package cn.gov.oneseal.portal;

import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseParticipants;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's submitted files for the officers: only officers of the case's bureau whose groups have (or
 * had) a task in the case, or who were assigned one, and the auditors, supervisors and administrators. An
 * officer of another bureau gets 404, one of the bureau without a part in the case 403.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/materials")
@Tag(name = "工作人员")
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
public class MaterialController {

  static final Set<String> OVERSIGHT = Set.of(Role.AUDITOR.groupId(), Role.SUPERVISOR.groupId());

  private final CaseFiles caseFiles;
  private final MaterialFiles materialFiles;
  private final CurrentUser currentUser;
  private final CaseParticipants participants;

  public MaterialController(CaseFiles caseFiles, MaterialFiles materialFiles, CurrentUser currentUser,
      CaseParticipants participants) {
    this.caseFiles = caseFiles;
    this.materialFiles = materialFiles;
    this.currentUser = currentUser;
    this.participants = participants;
  }

  @GetMapping(produces = "application/json;charset=UTF-8")
  @Operation(summary = "办件的申请材料（列表）", description = "申请人在线提交的全部材料文件：编码、名称、用途、文件名、SHA-256、提交时间。")
  @ApiResponse(responseCode = "200", description = "材料列表")
  @ApiResponse(responseCode = "403", description = "本人所在的组在该办件中没有（过）任务")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于本人所在的审批局")
  public ResponseEntity<?> list(@PathVariable String caseNumber) {
    Optional<ResponseEntity<?>> refused = refused(caseNumber);
    return refused.orElseGet(() -> ResponseEntity.ok(materialFiles.ofCase(caseNumber)));
  }

  @GetMapping("/{id}")
  @Operation(summary = "下载申请材料", description = "回答文件本身（PDF、JPEG 或 PNG），响应头 X-Content-SHA256 为提交时记录的 SHA-256。")
  @ApiResponse(responseCode = "200", description = "文件")
  @ApiResponse(responseCode = "403", description = "本人所在的组在该办件中没有（过）任务")
  @ApiResponse(responseCode = "404", description = "办件或材料不存在")
  public ResponseEntity<?> download(@PathVariable String caseNumber, @PathVariable long id) {
    Optional<ResponseEntity<?>> refused = refused(caseNumber);
    if (refused.isPresent()) {
      return refused.get();
    }
    var file = materialFiles.find(caseNumber, id);
    var content = materialFiles.content(caseNumber, id);
    if (file.isEmpty() || content.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(Map.of(
          "code", "MATERIAL_NOT_FOUND", "message", "办件 " + caseNumber + " 没有编号为 " + id + " 的申请材料"));
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.get().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.get().fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", file.get().sha256()).body(content.get());
  }

  private Optional<ResponseEntity<?>> refused(String caseNumber) {
    Authentication caller = currentUser.get();
    Optional<CaseFile> file = caseFiles.find(caseNumber).filter(f -> currentUser.sees(caller, f.bureauId()));
    if (file.isEmpty()) {
      return Optional.of(ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("code", "CASE_NOT_FOUND", "message", "没有编号为 " + caseNumber + " 的办件")));
    }
    if (currentUser.isAdmin(caller) || hadPart(caller, caseNumber)) {
      return Optional.empty();
    }
    return Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", "FORBIDDEN", "message", "无权查看办件 " + caseNumber
            + " 的申请材料：仅限在本办件中有（过）任务的工作人员，以及审计、电子监察")));
  }

  /** Whether one of the caller's groups is (was) a candidate of a task of the case, or the caller its assignee. */
  private boolean hadPart(Authentication caller, String caseNumber) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    if (groups.stream().anyMatch(OVERSIGHT::contains)) {
      return true;
    }
    return participants.tookPart(caller.getUserId(), groups, caseNumber);
  }
}
