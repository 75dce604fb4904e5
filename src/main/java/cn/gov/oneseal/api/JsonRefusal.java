package cn.gov.oneseal.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How the servlet filters (outside Spring MVC's error handling) answer a refused request: a status and JSON. */
public final class JsonRefusal {

  private JsonRefusal() {}

  public static void write(HttpServletResponse response, int status, ObjectMapper json, Object body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }
}
