package cn.gov.oneseal.modelchange;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A change that is not proposed, with every reason in Chinese: the engine's REST API answers it with 400 and this
 * message, which Camunda Modeler shows under "Deployment failed". Nothing of the change is kept.
 */
class ChangeRefused extends BadUserRequestException {

  ChangeRefused(String message) {
    super(message);
  }

  static ChangeRefused of(List<String> problems) {
    StringBuilder text = new StringBuilder("模型变更未提交审批：未通过检查，共 ").append(problems.size()).append(" 个问题。");
    int n = 0;
    for (String problem : problems) {
      text.append("\n").append(++n).append(". ").append(problem);
    }
    return new ChangeRefused(text.toString());
  }
}
