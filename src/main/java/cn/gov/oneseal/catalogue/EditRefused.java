package cn.gov.oneseal.catalogue;

import java.util.List;

/**
 * An analyst's change to an item that is not applied: invalid (every problem, field by field) or made against a
 * version that is no longer the latest. Nothing of it is written.
 */
public class EditRefused extends RuntimeException {

  private final boolean conflict;
  private final List<FieldProblem> problems;

  private EditRefused(boolean conflict, String message, List<FieldProblem> problems) {
    super(message);
    this.conflict = conflict;
    this.problems = List.copyOf(problems);
  }

  static EditRefused invalid(List<FieldProblem> problems) {
    return new EditRefused(false, "事项目录的修改有 " + problems.size() + " 处问题，未作任何修改："
        + String.join("；", problems.stream().map(p -> (p.field().isEmpty() ? "" : p.field() + "：") + p.message())
            .toList()), problems);
  }

  static EditRefused conflict(String message) {
    return new EditRefused(true, message, List.of());
  }

  /** Made against an older version, or at the same moment as another change (HTTP 409). */
  public boolean conflict() {
    return conflict;
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
