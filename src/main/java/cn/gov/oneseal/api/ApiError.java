package cn.gov.oneseal.api;

import cn.gov.oneseal.form.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The body of every error answer of {@code /api/v1}: {code, message[, errors]} (errors only with 400). */
@Schema(name = "ApiError", title = "错误", description = "错误回答：机器代码、中文说明；400 时另有逐字段的错误列表")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
    @Schema(description = "机器代码，如 INVALID_REQUEST、CASE_NOT_FOUND、ALREADY_SIGNED", example = "CASE_NOT_FOUND")
    String code,
    @Schema(description = "中文说明", example = "没有编号为 32050020260302C000001C 的办件") String message,
    @Schema(description = "逐字段的错误（仅 400）") List<FieldError> errors) {}
