package cn.gov.oneseal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.api.ClientRateLimit;
import cn.gov.oneseal.support.OneSealSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The bureau's public endpoints, as anyone on the internet reaches them: each limited per client address (429 with
 * Retry-After and the reason in Chinese), and what Tomcat refuses before the application sees it — Chinese characters
 * not percent-encoded, a header too large — answered in Chinese JSON without internals.
 */
@OneSealSpringTest
class PublicEndpointsTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired @Qualifier("publicationListRateLimit") ClientRateLimit publicationLimit;
  @Autowired @Qualifier("objectionRateLimit") ClientRateLimit objectionLimit;
  @LocalServerPort int port;

  @AfterEach
  void forgetTheClients() {
    publicationLimit.clear();
    objectionLimit.clear();
  }

  @Test
  void thePublicListIsLimitedPerClientAddress() throws Exception {
    publicationLimit.clear();
    for (int i = 0; i < publicationLimit.perMinute(); i++) {
      assertThat(rest.getForEntity("/api/v1/public/publications?name=好味", String.class).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }

    ResponseEntity<String> refused = rest.getForEntity("/api/v1/public/publications?name=好味", String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(refused.getHeaders().getFirst("Retry-After")).matches("\\d+");
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .startsWith("查询公示信息过于频繁：每个网络地址每分钟最多查询公示信息 60 次");
  }

  @Test
  void objectionsAreLimitedPerClientAddressBeforeTheyAreRead() throws Exception {
    objectionLimit.clear();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    HttpEntity<String> objection = new HttpEntity<>("{\"name\":\"李四\",\"contact\":\"13800000000\",\"text\":\"意见\"}",
        headers);
    for (int i = 0; i < objectionLimit.perMinute(); i++) {
      assertThat(rest.postForEntity("/api/v1/public/pre-publicity/999999999/objections", objection, String.class)
          .getStatusCode()).as("no such publicity").isEqualTo(HttpStatus.NOT_FOUND);
    }

    ResponseEntity<String> refused = rest.postForEntity("/api/v1/public/pre-publicity/999999999/objections", objection,
        String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .startsWith("提交异议过于频繁：每个网络地址每分钟最多提交异议 5 次");
    assertThat(rest.getForEntity("/api/v1/public/pre-publicity", String.class).getStatusCode())
        .as("the list has a limit of its own").isEqualTo(HttpStatus.OK);
  }

  /** The raw request as a client that does not encode its URL sends it; answers the status code and the body. */
  String[] raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String status = answer.substring(9, 12);
      return new String[] {status, answer.substring(answer.indexOf("\r\n\r\n") + 4)};
    }
  }

  @Test
  void whatTomcatRefusesIsAnsweredInChineseWithoutInternals() throws Exception {
    String[] unencoded = raw("GET /api/v1/public/publications?name=好味餐饮 HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n");
    String[] hugeHeader = raw("GET /verify HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(40_000)
        + "\r\nConnection: close\r\n\r\n");

    for (String[] answer : new String[][] {unencoded, hugeHeader}) {
      assertThat(Integer.parseInt(answer[0])).isBetween(400, 499);
      String body = answer[1].contains("{") ? answer[1].substring(answer[1].indexOf('{'),
          answer[1].lastIndexOf('}') + 1) : answer[1];
      JsonNode refusal = json.readTree(body);
      assertThat(refusal.get("message").asText()).containsPattern("\\p{IsHan}");
      assertThat(body).doesNotContain("throwable", "Exception", "at org.", "Tomcat", "java.");
    }
    assertThat(unencoded[1]).contains("百分号编码");
  }
}
