package cn.gov.oneseal.window;

import cn.gov.oneseal.decision.DecisionRecorder;
import cn.gov.oneseal.process.Messages;
import java.util.List;
import java.util.Map;

/**
 * What the window records on a case's behalf, each the message of one waiting step: the applicant's corrections,
 * 容缺 supplements and report of rectification after a site survey, a licensee's 陈述申辩 against a revocation or on
 * a wrong approval, and a higher organ's decision on a 上报件. Each field names the request's field, the variable it
 * becomes ({@code null}: recorded in the case's opinions only), its label and its length.
 */
public enum WindowSubmission {

  CORRECTIONS(Messages.CORRECTIONS_SUBMITTED, "补正材料", "intake",
      List.of(Field.text("note", null, "收到的补正材料及说明", 2000))),
  SUPPLEMENTS(Messages.SUPPLEMENTS_SUBMITTED, "容缺补齐材料", "supplements",
      List.of(Field.text("note", null, "收到的补齐材料及说明", 2000))),
  SURVEY_RECTIFICATION(Messages.SURVEY_RECTIFICATION_COMPLETED, "现场勘验整改情况", null,
      List.of(Field.text("report", "rectificationReport", "整改情况说明", 4000))),
  REVOCATION_RESPONSE(Messages.REVOCATION_RESPONSE, "对拟撤销许可的陈述申辩", null,
      List.of(Field.text("response", "revocationResponse", "陈述申辩内容", 2000))),
  WRONG_APPROVAL_RESPONSE(Messages.WRONG_APPROVAL_RESPONSE, "对错误审批处理的陈述申辩", null,
      List.of(Field.text("response", "licenseeResponse", "陈述申辩内容", 2000))),
  HIGHER_ORGAN_DECISION(Messages.HIGHER_ORGAN_DECISION, "上级机关的决定", null,
      List.of(new Field("decision", "decision", "上级机关的决定", 0, DecisionRecorder.CHOICES),
          Field.text("opinion", "decisionOpinion", "决定内容或不予许可的理由", 4000),
          Field.text("document", "higherOrganDocument", "上级机关决定文号", 100)));

  /** A field of the request: free text up to {@code maxLength}, or one of {@code choices} (value → label). */
  record Field(String name, String variable, String label, int maxLength, Map<String, String> choices) {

    static Field text(String name, String variable, String label, int maxLength) {
      return new Field(name, variable, label, maxLength, null);
    }
  }

  final String message;
  final String label;
  /** The stage under which the window's note is kept in the case's opinions; null: the step records it itself. */
  final String opinionStage;
  final List<Field> fields;

  WindowSubmission(String message, String label, String opinionStage, List<Field> fields) {
    this.message = message;
    this.label = label;
    this.opinionStage = opinionStage;
    this.fields = fields;
  }
}
