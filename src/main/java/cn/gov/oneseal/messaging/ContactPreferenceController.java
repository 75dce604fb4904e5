package cn.gov.oneseal.messaging;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.QuerySecrets;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.outbox.Recipients;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's choice of how to be told of their case's documents: text messages and e-mail, each on unless turned
 * off, with the case number and the query code of the 收件凭证 ({@code X-Query-Secret}); a wrong code answers like an
 * unknown case (404). Turning a channel off stops the messages not yet put in the outbox.
 */
@RestController
@RequestMapping(path = "/api/v1/applicant/cases", produces = "application/json;charset=UTF-8")
@Tag(name = "申请人")
@SecurityRequirement(name = "basicAuth")
public class ContactPreferenceController {

  /** One channel: the address on the case (masked), and whether the documents go there. */
  record ChannelSetting(String address, boolean enabled) {
  }

  /** The applicant's settings. */
  record Settings(ChannelSetting sms, ChannelSetting email) {
  }

  /** What the applicant sets: each value true (on), false (off) or left out (unchanged). */
  @Schema(name = "NotificationSettingsRequest", title = "通知方式设置")
  record SettingsRequest(
      @Schema(description = "是否接收短信通知", implementation = Boolean.class) Object sms,
      @Schema(description = "是否接收电子邮件通知", implementation = Boolean.class) Object email) {
  }

  private final ContactPreferences preferences;
  private final CaseFiles caseFiles;
  private final QuerySecrets secrets;

  public ContactPreferenceController(ContactPreferences preferences, CaseFiles caseFiles, QuerySecrets secrets) {
    this.preferences = preferences;
    this.caseFiles = caseFiles;
    this.secrets = secrets;
  }

  @GetMapping("/{caseNumber}/notification-settings")
  @Operation(summary = "查看本办件的通知方式", description = """
      办件的文书（受理通知书、补正告知书、决定书等）出具时，除网上办事大厅外，还按办件登记的手机号码发送短信、按电子邮箱发送\
      邮件（附盖章 PDF）。此处查看登记的号码、邮箱（已脱敏）和每种方式是否开启。需请求头 X-Query-Secret。""")
  @ApiResponse(responseCode = "200", description = "通知方式")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确")
  public Settings settings(@PathVariable String caseNumber,
      @Parameter(description = "查询码（收件凭证上的 8 位字符）") @RequestHeader(name = "X-Query-Secret", required = false)
      String secret) {
    return view(check(caseNumber, secret));
  }

  @PutMapping("/{caseNumber}/notification-settings")
  @Operation(summary = "开启或关闭短信、邮件通知", description = """
      sms、email 各为 true（开启）或 false（关闭），不填的不变。关闭后，本办件此后出具的文书不再以该方式发送（已排入发送的\
      除外）；网上办事大厅中仍可查看、下载全部文书。需请求头 X-Query-Secret。""")
  @ApiResponse(responseCode = "200", description = "设置后的通知方式")
  @ApiResponse(responseCode = "400", description = "两项都未设置，或取值不是 true 或 false（逐字段说明）")
  @ApiResponse(responseCode = "404", description = "办件编号或查询码不正确")
  public Settings set(@PathVariable String caseNumber,
      @Parameter(description = "查询码（收件凭证上的 8 位字符）") @RequestHeader(name = "X-Query-Secret", required = false)
      String secret,
      @RequestBody(required = false) SettingsRequest body) {
    CaseFile file = check(caseNumber, secret);
    SettingsRequest request = body == null ? new SettingsRequest(null, null) : body;
    List<FieldError> errors = new ArrayList<>();
    checkSwitch("sms", request.sms(), errors);
    checkSwitch("email", request.email(), errors);
    if (request.sms() == null && request.email() == null) {
      errors.add(new FieldError("sms", "REQUIRED", "请设置 sms 或 email：true 开启，false 关闭"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid("INVALID_SETTINGS", errors);
    }
    if (request.sms() instanceof Boolean sms) {
      preferences.set(caseNumber, Channel.SMS, sms);
    }
    if (request.email() instanceof Boolean email) {
      preferences.set(caseNumber, Channel.EMAIL, email);
    }
    return view(file);
  }

  private static void checkSwitch(String field, Object value, List<FieldError> errors) {
    if (value != null && !(value instanceof Boolean)) {
      errors.add(new FieldError(field, "INVALID_TYPE", field + " 只能是 true（开启）或 false（关闭）"));
    }
  }

  private CaseFile check(String caseNumber, String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      throw ApiException.notFound("NOT_FOUND", "办件编号或查询码不正确");
    }
    return caseFiles.get(caseNumber);
  }

  private Settings view(CaseFile file) {
    Set<Channel> off = preferences.turnedOff(file.caseNumber());
    String mobile = ApplicantTexts.mobile(file.contactPhone());
    String email = caseFiles.contactEmail(file.caseNumber()).orElse(null);
    return new Settings(new ChannelSetting(mobile == null ? null : Recipients.masked(mobile),
        !off.contains(Channel.SMS)), new ChannelSetting(email == null ? null : Recipients.masked(email),
        !off.contains(Channel.EMAIL)));
  }
}
