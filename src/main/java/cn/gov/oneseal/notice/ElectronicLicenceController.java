package cn.gov.oneseal.notice;

import cn.gov.oneseal.licence.LicenceReaders;
import cn.gov.oneseal.licence.LicenceRegister;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The electronic licence's structured data for the officers who read the licence register (regulators for the items
 * they supervise, supervisors, auditors): {@code GET /api/v1/licences/{number}/electronic}. HTTP Basic.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
public class ElectronicLicenceController {

  private final LicenceRegister register;
  private final LicenceReaders readers;
  private final ElectronicLicences licences;

  public ElectronicLicenceController(LicenceRegister register, LicenceReaders readers, ElectronicLicences licences) {
    this.register = register;
    this.readers = readers;
    this.licences = licences;
  }

  @GetMapping(path = "/api/v1/licences/{licenceNumber}/electronic", produces = "application/json;charset=UTF-8")
  @Operation(summary = "电子证照数据", description = """
      许可证的电子证照：证上所载数据、当前状态，以及盖章的 PDF 与 OFD 文件（文件编号、验证码、查验地址、SHA-256）。""")
  @ApiResponse(responseCode = "200", description = "电子证照数据")
  @ApiResponse(responseCode = "404", description = "许可证不存在或不属于本部门监管的事项（LICENCE_NOT_FOUND）")
  public ResponseEntity<?> electronic(@Parameter(description = "许可证编号") @PathVariable String licenceNumber) {
    return register.find(licenceNumber).filter(l -> readers.readableItems().contains(l.itemCode()))
        .flatMap(l -> licences.data(l.caseNumber())).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("code", "LICENCE_NOT_FOUND",
            "message", "没有编号为 " + licenceNumber + " 的许可证（或不属于本部门监管的事项）")));
  }
}
