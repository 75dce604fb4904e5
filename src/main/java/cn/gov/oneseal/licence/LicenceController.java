package cn.gov.oneseal.licence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The licence register for regulators (the items they supervise), supervisors and auditors (all):
 * {@code GET /api/v1/licences[?holderId=]} and {@code GET /api/v1/licences/{number}} with its history.
 * HTTP Basic.
 */
@RestController
@Tag(name = "工作人员")
@SecurityRequirement(name = "basicAuth")
@RequestMapping(path = "/api/v1/licences", produces = "application/json;charset=UTF-8")
public class LicenceController {

  private final LicenceRegister register;
  private final LicenceReaders readers;

  public LicenceController(LicenceRegister register, LicenceReaders readers) {
    this.register = register;
    this.readers = readers;
  }

  @GetMapping
  @Operation(summary = "许可证登记簿", description = """
      许可证登记簿：监管部门人员查看本部门监管事项的许可证，电子监察与审计人员查看全部；可按持证人证件号码筛选。""")
  @ApiResponse(responseCode = "200", description = "许可证列表")
  public List<LicenceRegister.Licence> licences(
      @Parameter(description = "持证人证件号码（统一社会信用代码或公民身份号码），可选") @RequestParam(required = false)
      String holderId) {
    return register.ofItems(readers.readableItems(), holderId);
  }

  @GetMapping("/{licenceNumber}")
  @Operation(summary = "一张许可证及其变更记录", description = "许可证的登记信息和每次状态变更（撤销、变更、注销）及其理由。")
  @ApiResponse(responseCode = "200", description = "许可证与变更记录")
  @ApiResponse(responseCode = "404", description = "许可证不存在或不属于本部门监管的事项（LICENCE_NOT_FOUND）")
  public ResponseEntity<?> licence(@Parameter(description = "许可证编号") @PathVariable String licenceNumber) {
    List<String> items = readers.readableItems();
    return register.find(licenceNumber).filter(l -> items.contains(l.itemCode()))
        .<ResponseEntity<?>>map(l -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("licence", l);
          body.put("history", register.history(licenceNumber));
          return ResponseEntity.ok(body);
        })
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("code", "LICENCE_NOT_FOUND",
            "message", "没有编号为 " + licenceNumber + " 的许可证（或不属于本部门监管的事项）")));
  }
}
