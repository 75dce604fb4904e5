package cn.gov.oneseal.api;

import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What Spring MVC refuses before a controller runs — a body that is not the JSON the operation takes, the wrong
 * media type or method, a missing parameter or part, a file over the limits, an address without an operation —
 * answered with the API's error body {@code {code, message}} in Chinese instead of Spring's bare status page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestErrors extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    HttpHeaders answer = new HttpHeaders();
    if (headers != null && headers.getAllow() != null && !headers.getAllow().isEmpty()) {
      answer.setAllow(headers.getAllow());
    }
    answer.setContentType(MediaType.APPLICATION_JSON);
    return ResponseEntity.status(status).headers(answer).body(error(ex, status));
  }

  /** A broken multipart request (not over the limits, which Spring reports on its own). */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Object> brokenMultipart(MultipartException ex, WebRequest request) {
    return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
  }

  static ApiError error(Exception ex, HttpStatusCode status) {
    if (ex instanceof ResponseStatusException refused && refused.getReason() != null) {
      // a controller's own refusal (e.g. "无权查看电子监察信息") keeps its words
      HttpStatus known = HttpStatus.resolve(status.value());
      return new ApiError(known == null ? "HTTP_" + status.value() : known.name(), refused.getReason(), null);
    }
    if (ex instanceof MaxUploadSizeExceededException) {
      return new ApiError("TOO_LARGE", "上传的文件过大：单个文件不得超过 20 MB，一次请求不得超过 60 MB", null);
    }
    if (ex instanceof HttpMessageNotReadableException unreadable && unreadable.getMostSpecificCause().getMessage() != null
        && unreadable.getMostSpecificCause().getMessage().contains(NulCharacters.MESSAGE)) {
      return new ApiError("INVALID_CHARACTER", NulCharacters.MESSAGE, null);
    }
    if (ex instanceof HttpMessageNotReadableException) {
      return new ApiError("INVALID_BODY", "请求内容无法解析：须为本接口说明中的 JSON 对象，字段类型须相符", null);
    }
    if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
      return new ApiError("UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型 " + unsupported.getContentType() + "，本接口接受："
          + unsupported.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining("、")), null);
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return new ApiError("NOT_ACCEPTABLE", "无法按所要求的格式（Accept）答复", null);
    }
    if (ex instanceof HttpRequestMethodNotSupportedException method) {
      return new ApiError("METHOD_NOT_ALLOWED", "本接口不支持 " + method.getMethod() + " 方法", null);
    }
    if (ex instanceof MissingServletRequestParameterException missing) {
      return new ApiError("MISSING_PARAMETER", "缺少参数 " + missing.getParameterName(), null);
    }
    if (ex instanceof MissingServletRequestPartException missing) {
      return new ApiError("MISSING_PART", "缺少上传内容 " + missing.getRequestPartName(), null);
    }
    if (ex instanceof MultipartException) {
      return new ApiError("INVALID_MULTIPART", "上传内容须为 multipart/form-data，且格式完整", null);
    }
    if (ex instanceof TypeMismatchException mismatch) {
      return new ApiError("INVALID_PARAMETER", "参数 " + mismatch.getPropertyName() + " 的值无效", null);
    }
    if (ex instanceof ServletRequestBindingException) {
      return new ApiError("INVALID_REQUEST", "请求缺少必需的参数或请求头", null);
    }
    if (ex instanceof NoResourceFoundException) {
      return new ApiError("NOT_FOUND", "没有这个接口地址", null);
    }
    return new ApiError("INVALID_REQUEST", "请求无法处理（HTTP " + status.value() + "）", null);
  }
}
