package cn.gov.oneseal.modelchange;

/**
 * One difference between the model in force and the proposed one, as the bureau head reads it before approving.
 *
 * @param kind what sort of change
 * @param processId the process it belongs to ({@code null} for a form compared on its own)
 * @param elementId the element changed (the process id for a process-level change, the form id for a form compared
 *     on its own)
 * @param text one Chinese sentence naming the element by id and name, starting with the kind's label
 */
public record ModelDifference(Kind kind, String processId, String elementId, String text) {

  /** The kinds of change, each with the label an officer reads. */
  public enum Kind {
    ADDED("新增"),
    REMOVED("删除"),
    RENAMED("改名"),
    TYPE_CHANGED("类型变更"),
    LIMIT_CHANGED("期限变更"),
    FORM_CHANGED("表单变更"),
    ASSIGNMENT_CHANGED("办理岗位变更"),
    FLOW_CHANGED("流转变更"),
    CALL_CHANGED("调用变更"),
    PROCESS_CHANGED("流程属性变更");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The Chinese label, e.g. 期限变更. */
    public String label() {
      return label;
    }
  }
}
