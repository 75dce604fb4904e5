package cn.gov.oneseal.notice;

import cn.gov.oneseal.casefile.QuerySecrets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The applicant's notices: with the case number and the query code printed on the 收件凭证 (header
 * {@code X-Query-Secret}) the applicant lists and downloads the case's notices. A wrong code and an
 * unknown case answer alike (404), so case numbers cannot be probed.
 */
@RestController
@RequestMapping("/api/v1/applicant/cases")
public class ApplicantNoticeController {

  private final NoticeService notices;
  private final QuerySecrets secrets;

  public ApplicantNoticeController(NoticeService notices, QuerySecrets secrets) {
    this.notices = notices;
    this.secrets = secrets;
  }

  @GetMapping(path = "/{caseNumber}/notices", produces = "application/json;charset=UTF-8")
  public ResponseEntity<?> list(@PathVariable String caseNumber,
      @RequestHeader(name = "X-Query-Secret", required = false) String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      return notFound();
    }
    return ResponseEntity.ok(notices.ofCase(caseNumber));
  }

  @GetMapping("/{caseNumber}/notices/{id}")
  public ResponseEntity<?> download(@PathVariable String caseNumber, @PathVariable long id,
      @RequestHeader(name = "X-Query-Secret", required = false) String secret) {
    if (!secrets.matches(caseNumber, secret)) {
      return notFound();
    }
    return notices.find(caseNumber, id)
        .<ResponseEntity<?>>map(found -> NoticeController.pdf(found.getKey(), found.getValue()))
        .orElseGet(ApplicantNoticeController::notFound);
  }

  private static ResponseEntity<?> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("code", "NOT_FOUND", "message", "办件编号或查询码不正确"));
  }
}
