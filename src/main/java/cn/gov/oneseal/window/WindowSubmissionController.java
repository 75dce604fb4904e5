package cn.gov.oneseal.window;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The window's step for what arrives on a case's behalf while it waits ({@link WindowSubmissions}): one operation
 * per kind, each taking a JSON body.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/cases/{caseNumber}", consumes = "application/json",
    produces = "application/json;charset=UTF-8")
class WindowSubmissionController {

  @Schema(name = "WindowNote", title = "窗口登记的来件说明")
  record Note(@Schema(description = "收到的材料及说明，不超过 2000 字", example = "申请人到窗口补交了营业场所平面图") String note) {}

  @Schema(name = "WindowReport", title = "整改情况")
  record Report(@Schema(description = "申请人报告的整改情况，不超过 4000 字", example = "已加装洗手消毒设施，附照片") String report) {}

  @Schema(name = "WindowResponse", title = "陈述申辩")
  record Response(@Schema(description = "被许可人的陈述申辩，不超过 2000 字", example = "正在另寻场所，请求宽限") String response) {}

  @Schema(name = "HigherOrganDecision", title = "上级机关的决定")
  record HigherOrganDecision(@Schema(description = "grant（准予许可）或 deny（不予许可）", example = "grant") String decision,
      @Schema(description = "决定内容或不予许可的理由，不超过 4000 字", example = "同意核发") String opinion,
      @Schema(description = "上级机关决定文号，不超过 100 字", example = "苏自然资规〔2026〕12号") String document) {}

  private final WindowSubmissions submissions;

  WindowSubmissionController(WindowSubmissions submissions) {
    this.submissions = submissions;
  }

  @PostMapping("/corrections")
  @Operation(summary = "登记申请人补正材料", description = """
      一次性告知补正后，申请人到窗口交来补正材料：窗口登记（note 必填），办件转入补正材料审核。仅限办件所属局的综合受理窗口。""")
  @ApiResponse(responseCode = "200", description = "已登记，流程已继续")
  @ApiResponse(responseCode = "400", description = "逐字段说明（note）")
  @ApiResponse(responseCode = "403", description = "不是综合受理窗口")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  @ApiResponse(responseCode = "409", description = "办件当前不在等待补正材料（NOT_WAITING）")
  public Map<String, Object> corrections(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody Note body) {
    return submissions.submit(WindowSubmission.CORRECTIONS, caseNumber, fields("note", body.note()));
  }

  @PostMapping("/supplements")
  @Operation(summary = "登记容缺补齐材料", description = """
      容缺受理后，申请人到窗口交来容缺材料：窗口登记（note 必填），办件转入容缺补正材料审核。仅限办件所属局的综合受理窗口。""")
  @ApiResponse(responseCode = "200", description = "已登记，流程已继续")
  @ApiResponse(responseCode = "400", description = "逐字段说明（note）")
  @ApiResponse(responseCode = "403", description = "不是综合受理窗口")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  @ApiResponse(responseCode = "409", description = "办件当前不在等待容缺材料（NOT_WAITING）")
  public Map<String, Object> supplements(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody Note body) {
    return submissions.submit(WindowSubmission.SUPPLEMENTS, caseNumber, fields("note", body.note()));
  }

  @PostMapping("/survey-rectification")
  @Operation(summary = "登记现场勘验整改完成", description = """
      现场勘验要求整改后，申请人到窗口报告整改完成：窗口登记整改情况（report 必填），计时恢复，由勘验组长安排复勘。""")
  @ApiResponse(responseCode = "200", description = "已登记，流程已继续")
  @ApiResponse(responseCode = "400", description = "逐字段说明（report）")
  @ApiResponse(responseCode = "403", description = "不是综合受理窗口")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  @ApiResponse(responseCode = "409", description = "办件当前不在等待整改（NOT_WAITING）")
  public Map<String, Object> surveyRectification(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody Report body) {
    return submissions.submit(WindowSubmission.SURVEY_RECTIFICATION, caseNumber, fields("report", body.report()));
  }

  @PostMapping("/revocation-response")
  @Operation(summary = "登记对拟撤销许可的陈述申辩", description = """
      告知承诺核查后拟撤销许可的，被许可人在期限内到窗口陈述申辩：窗口登记（response 必填），由局负责人作出撤销决定。""")
  @ApiResponse(responseCode = "200", description = "已登记，流程已继续")
  @ApiResponse(responseCode = "400", description = "逐字段说明（response）")
  @ApiResponse(responseCode = "403", description = "不是综合受理窗口")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  @ApiResponse(responseCode = "409", description = "办件当前不在等待陈述申辩（NOT_WAITING）")
  public Map<String, Object> revocationResponse(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody Response body) {
    return submissions.submit(WindowSubmission.REVOCATION_RESPONSE, caseNumber, fields("response", body.response()));
  }

  @PostMapping("/wrong-approval-response")
  @Operation(summary = "登记对错误审批处理的陈述申辩", description = """
      监管部门报告错误审批、经调查拟处理的，被许可人在期限内到窗口陈述申辩：窗口登记（response 必填），由审批决定人作出处理决定。\
      仅限办理该报告的局的综合受理窗口。""")
  @ApiResponse(responseCode = "200", description = "已登记，流程已继续")
  @ApiResponse(responseCode = "400", description = "逐字段说明（response）")
  @ApiResponse(responseCode = "403", description = "不是综合受理窗口")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  @ApiResponse(responseCode = "409", description = "办件当前不在等待陈述申辩（NOT_WAITING）")
  public Map<String, Object> wrongApprovalResponse(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody Response body) {
    return submissions.submit(WindowSubmission.WRONG_APPROVAL_RESPONSE, caseNumber,
        fields("response", body.response()));
  }

  @PostMapping("/higher-organ-decision")
  @Operation(summary = "登记上级机关的决定（上报件）", description = """
      上报件由上级机关作出决定后，窗口登记其决定（decision：grant 或 deny）、决定内容或理由（opinion）和文号（document），\
      办件转入制证送达。""")
  @ApiResponse(responseCode = "200", description = "已登记，流程已继续")
  @ApiResponse(responseCode = "400", description = "逐字段说明（decision、opinion、document）")
  @ApiResponse(responseCode = "403", description = "不是综合受理窗口")
  @ApiResponse(responseCode = "404", description = "办件不存在或不属于调用方所在的局")
  @ApiResponse(responseCode = "409", description = "办件当前不在等待上级机关的决定（NOT_WAITING）")
  public Map<String, Object> higherOrganDecision(@Parameter(description = "办件编号") @PathVariable String caseNumber,
      @RequestBody HigherOrganDecision body) {
    Map<String, Object> fields = fields("decision", body.decision());
    fields.put("opinion", body.opinion());
    fields.put("document", body.document());
    return submissions.submit(WindowSubmission.HIGHER_ORGAN_DECISION, caseNumber, fields);
  }

  private static Map<String, Object> fields(String name, Object value) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(name, value);
    return fields;
  }
}
