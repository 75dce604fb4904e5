package cn.gov.oneseal.api;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's answer to what it refuses before the application sees it (an invalid request line or URL — e.g. Chinese
 * characters not percent-encoded —, headers or a URL over the size limit): {@code {"code", "message"}} in Chinese, as
 * the API's own errors, without Tomcat's report (no exception, no stack trace, no server version).
 */
public class ContainerErrorReport extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean writable = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
    if (!writable.get()) {
      return;
    }
    String[] answer = switch (status) {
      case 400 -> new String[] {"BAD_REQUEST", "请求无效：请求行、网址或请求头不符合 HTTP 规范（网址中的中文等字符须经百分号编码）"};
      case 404 -> new String[] {"NOT_FOUND", "没有这个地址"};
      case 408 -> new String[] {"REQUEST_TIMEOUT", "请求超时"};
      case 413 -> new String[] {"PAYLOAD_TOO_LARGE", "请求内容过大"};
      case 414 -> new String[] {"URI_TOO_LONG", "网址过长"};
      case 431 -> new String[] {"HEADERS_TOO_LARGE", "请求头过大"};
      default -> status >= 500 ? new String[] {"SERVER_ERROR", "服务器暂时无法处理请求，请稍后再试"}
          : new String[] {"REFUSED", "请求无法处理（HTTP " + status + "）"};
    };
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write("{\"code\":\"" + answer[0] + "\",\"message\":\"" + answer[1] + "\"}");
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone, or the response was committed meanwhile: nothing more to say
    }
  }
}
