package cn.gov.oneseal.portal;

import cn.gov.oneseal.portal.MaterialFiles.Purpose;

/** A later submission to a waiting case: the message its stage waits for, what it is called, its files' purpose. */
enum LaterSubmission {
  CORRECTIONS("Msg_CorrectionsSubmitted", "补正材料", Purpose.CORRECTIONS),
  SUPPLEMENTS("Msg_SupplementsSubmitted", "容缺补齐材料", Purpose.SUPPLEMENTS),
  RECTIFICATION("Msg_SurveyRectificationCompleted", "现场勘验整改情况", Purpose.RECTIFICATION);

  final String message;
  final String label;
  final Purpose purpose;

  LaterSubmission(String message, String label, Purpose purpose) {
    this.message = message;
    this.label = label;
    this.purpose = purpose;
  }
}
