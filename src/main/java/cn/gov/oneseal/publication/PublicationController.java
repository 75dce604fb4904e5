package cn.gov.oneseal.publication;

import cn.gov.oneseal.api.ApiError;
import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.api.QueryParameters;
import cn.gov.oneseal.form.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 双公示 for anyone, without a login: {@code GET /api/v1/public/publications} — the licensing decisions published,
 * newest first, a page at a time, searchable by a part of the licensee's name, its credit code and the licence
 * number; only the published fields (a natural person's ID number masked, no address).
 */
@RestController
@Tag(name = "文件查验")
@RequestMapping(path = "/api/v1/public/publications", produces = "application/json;charset=UTF-8")
public class PublicationController {

  static final int MAX_SIZE = 50;
  static final int MAX_NAME = 50;
  static final int MAX_QUERY = 1000;

  /** One publication as the public reads it: the standard's published fields. */
  @Schema(name = "Publication", title = "行政许可公示信息")
  record PublicationView(
      @Schema(description = "行政相对人名称") String holderName,
      @Schema(description = "行政相对人类别：法人及非法人组织、自然人、个体工商户") String holderCategory,
      @Schema(description = "统一社会信用代码（自然人为空）") String creditCode,
      @Schema(description = "证件类型（仅自然人）") String idType,
      @Schema(description = "证件号码（仅自然人，已脱敏：隐去出生日期 8 位）") String idNumber,
      @Schema(description = "公示事由：准予、变更、撤销或注销行政许可") String decision,
      @Schema(description = "行政许可决定文书名称") String documentName,
      @Schema(description = "行政许可决定文书号") String documentNumber,
      @Schema(description = "许可类别") String licenceCategory,
      @Schema(description = "许可证书名称") String licenceName,
      @Schema(description = "许可编号") String licenceNumber,
      @Schema(description = "许可内容") String content,
      @Schema(description = "许可决定日期") LocalDate decidedOn,
      @Schema(description = "有效期自") LocalDate validFrom,
      @Schema(description = "有效期至（长期有效时为空）") LocalDate validUntil,
      @Schema(description = "许可机关") String issuer,
      @Schema(description = "许可机关统一社会信用代码") String issuerCreditCode,
      @Schema(description = "当前状态：有效或无效") String status,
      @Schema(description = "数据来源单位") String dataSource,
      @Schema(description = "数据来源单位统一社会信用代码") String dataSourceCreditCode,
      @Schema(description = "备注") String remarks) {

    static PublicationView of(Publication p) {
      return new PublicationView(p.holderName(), p.holderCategory(), p.creditCode(), p.idType(), p.maskedIdNumber(),
          p.action().label(), p.documentName(), p.documentNumber(), p.licenceCategory(), p.licenceName(),
          p.licenceNumber(), p.content(), p.decidedOn(), p.validFrom(), p.validUntil(), p.issuerName(),
          p.issuerCreditCode(), "1".equals(p.statusCode()) ? "有效" : "无效", p.issuerName(), p.issuerCreditCode(),
          p.remarks());
    }
  }

  /** A page of publications. */
  @Schema(name = "PublicationPage", title = "行政许可公示信息（一页）")
  record PublicationPage(
      @Schema(description = "符合条件的总条数") int total,
      @Schema(description = "页码，从 0 起") int page,
      @Schema(description = "每页条数") int size,
      List<PublicationView> publications) {
  }

  private final Publications publications;

  PublicationController(Publications publications) {
    this.publications = publications;
  }

  @GetMapping
  @Operation(summary = "行政许可信息公示（双公示）", description = """
      本局作出的准予、变更、撤销、注销行政许可决定，自决定之日起公示（按《行政许可信息》数据标准的公示项；自然人的证件号码\
      已脱敏，不公示住址；不予许可不公示）。按许可决定日期倒序分页，可按名称（部分）、统一社会信用代码、许可编号查询。\
      无需认证。""")
  @ApiResponse(responseCode = "200", description = "符合条件的总条数和这一页的公示信息")
  @ApiResponse(responseCode = "400", description = "查询条件或分页参数无效，逐字段说明（INVALID_QUERY）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public PublicationPage list(
      @Parameter(description = "行政相对人名称的一部分，不超过 50 字") @RequestParam(required = false) String name,
      @Parameter(description = "统一社会信用代码（18 位）") @RequestParam(required = false) String creditCode,
      @Parameter(description = "许可编号") @RequestParam(required = false) String licenceNumber,
      @Parameter(description = "页码，从 0 起，不超过 10000") @RequestParam(defaultValue = "0") String page,
      @Parameter(description = "每页条数，1–50") @RequestParam(defaultValue = "20") String size,
      HttpServletRequest request) {
    String query = request.getQueryString();
    if (query != null && query.length() > MAX_QUERY) {
      throw ApiException.invalid("INVALID_QUERY", new FieldError("query", "TOO_LONG",
          "查询条件过长：不得超过 " + MAX_QUERY + " 个字符"));
    }
    List<FieldError> errors = new ArrayList<>();
    String wantedName = text(name);
    if (wantedName != null && (wantedName.length() > MAX_NAME || wantedName.codePoints().anyMatch(Character::isISOControl))) {
      errors.add(new FieldError("name", "INVALID", "名称须为不超过 " + MAX_NAME + " 个字的文字"));
    }
    String wantedCode = text(creditCode) == null ? null : creditCode.strip().toUpperCase();
    if (wantedCode != null && !wantedCode.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
      errors.add(new FieldError("creditCode", "INVALID", "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）"));
    }
    String wantedLicence = text(licenceNumber) == null ? null : licenceNumber.strip().toUpperCase();
    if (wantedLicence != null && !wantedLicence.matches("[A-Z0-9]{1,32}")) {
      errors.add(new FieldError("licenceNumber", "INVALID", "许可编号应为不超过 32 位的字母和数字"));
    }
    Integer pageNumber = QueryParameters.number(page, "page", 0, 0, 10_000, "页码须为 0 至 10000 的整数", errors);
    Integer pageSize = QueryParameters.number(size, "size", 20, 1, MAX_SIZE, "每页条数须为 1 至 " + MAX_SIZE + " 的整数",
        errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid("INVALID_QUERY", errors);
    }
    Publications.Search search = new Publications.Search(wantedName, wantedCode, wantedLicence);
    return new PublicationPage(publications.count(search), pageNumber, pageSize,
        publications.search(search, pageNumber * pageSize, pageSize).stream().map(PublicationView::of).toList());
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
