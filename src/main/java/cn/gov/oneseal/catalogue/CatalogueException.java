package cn.gov.oneseal.catalogue;

import java.util.List;

/** The catalogue file has problems; start-up stops with the whole list. */
public class CatalogueException extends RuntimeException {

  private final List<String> problems;

  public CatalogueException(List<String> problems) {
    super("事项目录或事项流程有 " + problems.size() + " 处错误 / the item catalogue or its models are invalid:\n - "
        + String.join("\n - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
