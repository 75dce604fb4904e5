package cn.gov.oneseal.notice;

/** The written notices a case produces (each one a template file {@code <NAME>.txt}). */
public enum NoticeKind {
  RECEIPT("收件凭证"),
  CORRECTION("补正告知书"),
  ACCEPTANCE("受理通知书"),
  /** The 受理通知书 of an application deemed accepted from its receipt (Licensing Law art. 32, five working days). */
  DEEMED_ACCEPTANCE("受理通知书（视为受理）"),
  DEFICIENCY("容缺受理通知书"),
  DEFICIENCY_FAILED("容缺受理终止告知书"),
  COMMITMENT("告知承诺书"),
  COMMITMENT_REFUSED("不适用告知承诺告知书"),
  RECTIFICATION("责令限期整改通知书"),
  REVOCATION_HEARING("撤销行政许可告知书"),
  REVOCATION("撤销行政许可决定书"),
  SURVEY_RECTIFICATION("现场勘验整改通知书"),
  WRONG_APPROVAL_HEARING("行政许可处理事先告知书"),
  WRONG_APPROVAL_DECISION("行政许可处理决定书"),
  REJECTION("不予受理决定书"),
  WITHDRAWAL("撤回申请确认书"),
  GRANT("准予行政许可决定书"),
  DENIAL("不予行政许可决定书"),
  /** 电子证照: the licence as PDF (sealed, with its QR code); not rendered from a template. */
  LICENCE("行政许可证（电子证照）"),
  /** 电子证照: the same licence as OFD, sealed to GB/T 38540 (SM2/SM3). */
  LICENCE_OFD("行政许可证（电子证照，OFD）");

  private final String title;

  NoticeKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
