package cn.gov.oneseal.complaint;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A complaint a regulator received about the bureau's service and forwards from its system (监管部门转办): as the
 * portal's, without the query code; a case it names must be of one of the department's items (else 404, as unknown).
 */
@RestController
@Tag(name = "监管部门")
@SecurityRequirement(name = "basicAuth")
class RegulatorComplaintController {

  private final ComplaintSubmissions submissions;
  private final CaseFiles caseFiles;
  private final ItemCatalogue catalogue;
  private final CurrentUser currentUser;
  private final IdempotentRequests idempotent;

  RegulatorComplaintController(ComplaintSubmissions submissions, CaseFiles caseFiles, ItemCatalogue catalogue,
      CurrentUser currentUser, IdempotentRequests idempotent) {
    this.submissions = submissions;
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.currentUser = currentUser;
    this.idempotent = idempotent;
  }

  @PostMapping(path = "/api/v1/regulator/complaints", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = "application/json;charset=UTF-8")
  @Operation(summary = "转办投诉", description = "监管部门收到的对本局及其工作人员办理服务的投诉，转本局处理。内容同网上投诉"
      + "（/api/v1/applicant/complaints）；`caseNumber` 须为本部门监管事项的办件。回答投诉编号和查询码（可转告投诉人），"
      + "本局按期调查答复并以短信或邮件告知投诉人。可选请求头 Idempotency-Key。")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
      mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
          example = ApplicantComplaintController.EXAMPLE)))
  @ApiResponse(responseCode = "201",
      description = "已收到：{complaintNumber, querySecret, status, statusLabel, registrationDue}")
  @ApiResponse(responseCode = "400", description = "投诉有误（逐字段说明）", content = @Content(
      schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "办件不存在或不是本部门监管事项的办件")
  public ResponseEntity<?> file(@RequestHeader(name = IdempotentRequests.HEADER, required = false) String key,
      @RequestBody(required = false) String body) {
    var caller = currentUser.get();
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    String caseNumber = submissions.caseNumberOf(body);
    CaseFile file = caseNumber == null ? null : caseFiles.find(caseNumber)
        .filter(f -> groups.contains(Role.ADMIN_GROUP)
            || groups.contains(catalogue.get(f.itemCode()).regulatorGroup()))
        .orElseThrow(() -> ApiException.notFound("NOT_FOUND", "办件 " + caseNumber + " 不存在或不是本部门监管事项的办件"));
    return idempotent.run(ApplicantComplaintController.IDEMPOTENCY_OPTIONAL, caller.getUserId(), key, "COMPLAINT",
        Map.of("text", body == null ? "" : body), () -> ResponseEntity.status(HttpStatus.CREATED)
            .body(submissions.file(body, Map.of(), ComplaintChannel.REGULATOR, file, caller.getUserId())));
  }
}
