package cn.gov.oneseal.modelchange;

/**
 * The model lint could not run (node missing, the lint not installed, too slow, no result): a proposed change is
 * then not accepted unchecked. The message is Chinese, for the analyst, without internals.
 */
public class LintUnavailable extends RuntimeException {

  public LintUnavailable(String reason) {
    super("模型检查工具暂不可用（" + reason + "），变更未提交；请联系系统管理员");
  }

  public LintUnavailable(String reason, Throwable cause) {
    super("模型检查工具暂不可用（" + reason + "），变更未提交；请联系系统管理员", cause);
  }
}
