package cn.gov.oneseal.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} (served at {@code /v3/api-docs}, read at
 * {@code /api/docs}): what an integrator of the portal or of a regulator's system needs, in Chinese.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BASIC = "basicAuth";
  static final String QUERY_SECRET = "querySecret";

  @Bean
  OpenAPI oneSealOpenApi() {
    return new OpenAPI()
        .info(new Info().title("一颗印章 · 行政审批服务局接口 (OneSeal API v1)").version("v1")
            .description("""
                网上办事大厅与监管部门业务系统对接本局审批系统的接口。

                * **认证**：除办事指南（/api/v1/items）、工作日计算（/api/v1/calendar）、文件查验（/api/v1/verification，每个网络地址每分钟最多 30 次）、批前公示及对其提出意见（/api/v1/public/pre-publicity）和健康检查外，所有接口都须以 \
                HTTP Basic 认证。网上办事大厅与各监管部门的业务系统各有自己的接口账号（不是工作人员的账号），由本局系统管理员配置。
                * **申请人**：网上办事大厅代申请人调用 /api/v1/applicant 下的接口；查询某一办件时须同时提供办件编号和收件时发给申请人的 \
                8 位查询码（请求头 X-Query-Secret）。查询码错误与办件不存在的回答相同（404）。
                * **监管部门**：业务系统只能看到和办理本部门监管事项的办件（/api/v1/regulator）。
                * **错误**：请求有误时回答 400，正文为 {code, message, errors: [{field, code, message}]}（逐字段的机器代码和中文说明）；\
                办件不存在 404；办件当前状态不允许该操作 409（message 说明原因）。被拒绝的请求不写入任何数据。
                * **办件编号**：本局行政区划代码（6 位）+ 收件日期（8 位）+ 办件类型（J 即办、C 承诺、S 上报、L 联办）+ 当日序号（6 位）+ \
                ISO 7064 MOD 37,36 校验字符，共 22 位，如 32050020250926C000001N，印在每份文书上。
                * **文件编号与验证码**：每份文书另印文件编号（办件编号-两位序号，如 32050020250926C000001N-03）和 8 位验证码，                任何人可凭二者或上传文件在 /verify 页面或 /api/v1/verification 查验。
                """))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("接口账号（网上办事大厅、监管部门业务系统）或工作人员账号"))
            .addSecuritySchemes(QUERY_SECRET, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-Query-Secret").description("申请人的查询码（印在收件凭证上）")))
        .tags(List.of(
            new Tag().name("办事指南").description("公开的事项目录与办事指南，无需认证"),
            new Tag().name("文件查验").description("任何人查验本系统签发的文书与电子证照：按文件编号和验证码，或上传文件；无需认证，限频"),
            new Tag().name("申请人").description("网上办事大厅代申请人调用：查询、文书、评价"),
            new Tag().name("监管部门").description("监管部门业务系统：签收、核查、错误审批反馈"),
            new Tag().name("工作人员").description("本局工作人员与审计、电子监察")));
  }
}
