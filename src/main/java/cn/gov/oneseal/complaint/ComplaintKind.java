package cn.gov.oneseal.complaint;

import java.util.Arrays;
import java.util.Optional;

/** What a complaint is about (the forms' 投诉类别 offer the same codes). */
public enum ComplaintKind {
  DELAY("拖延办理、超期未办"),
  RUNAROUND("推诿扯皮、让群众多次跑"),
  EXTRA_MATERIALS("索要法定以外的材料"),
  ATTITUDE("服务态度"),
  FEE("不按规定收费"),
  OTHER("其他");

  private final String label;

  ComplaintKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<ComplaintKind> of(Object code) {
    return Arrays.stream(values()).filter(kind -> kind.name().equals(code)).findFirst();
  }

  /** "DELAY（拖延办理、超期未办）、…" for a refusal. */
  static String choices() {
    return String.join("、", Arrays.stream(values()).map(k -> k.name() + "（" + k.label + "）").toList());
  }
}
