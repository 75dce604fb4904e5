package cn.gov.oneseal.complaint;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.Messages;
import cn.gov.oneseal.security.AsSystem;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The complainant's reply to the answer, sent through the portal: accepted (closes the complaint) or not, with the
 * reason (the bureau head reviews it once); once, while the complaint waits for it (else 409).
 */
@Service
class ComplaintReplies {

  private final ProcessEngine engine;

  ComplaintReplies(ProcessEngine engine) {
    this.engine = engine;
  }

  void reply(Complaint complaint, Object accepted, Object comment) {
    List<FieldError> errors = new ArrayList<>();
    if (!(accepted instanceof Boolean)) {
      errors.add(new FieldError("accepted", accepted == null ? "REQUIRED" : "INVALID_TYPE",
          "accepted 须为 true（接受答复）或 false（不接受）"));
    }
    String text = null;
    if (comment != null && !(comment instanceof String)) {
      errors.add(new FieldError("comment", "INVALID_TYPE", "comment 应为文本"));
    } else if (comment != null) {
      text = ((String) comment).strip();
      if (text.indexOf('\u0000') >= 0) {
        errors.add(new FieldError("comment", "INVALID_CHARACTER", "意见不得含有空字符（U+0000）"));
      } else if (text.length() > 1000) {
        errors.add(new FieldError("comment", "TOO_LONG", "意见不能超过 1000 个字"));
      }
    }
    if (Boolean.FALSE.equals(accepted) && (text == null || text.isEmpty())) {
      errors.add(new FieldError("comment", "REQUIRED", "不接受答复的，请说明理由"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(ComplaintSubmissions.INVALID, errors);
    }
    String reason = text == null || text.isEmpty() ? null : text;
    boolean waits = complaint.status() == ComplaintStatus.ANSWERED && AsSystem.call(engine, () -> engine
        .getRuntimeService().createExecutionQuery().processInstanceBusinessKey(complaint.number())
        .messageEventSubscriptionName(Messages.COMPLAINT_REPLY).count() > 0);
    if (!waits) {
      throw ApiException.conflict("NOT_AWAITING_REPLY", complaint.status() == ComplaintStatus.ANSWERED
          ? "回复期限已过，本投诉已办结" : "本投诉" + complaint.status().label() + "，现在不能回复答复");
    }
    AsSystem.run(engine, () -> engine.getRuntimeService().createMessageCorrelation(Messages.COMPLAINT_REPLY)
        .processInstanceBusinessKey(complaint.number()).setVariables(Variables.createVariables()
            .putValue(CaseVariables.COMPLAINT_ACCEPTED, accepted).putValue(CaseVariables.REPLY_COMMENT, reason))
        .correlate());
  }
}
