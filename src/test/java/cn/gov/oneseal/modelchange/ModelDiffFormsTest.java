package cn.gov.oneseal.modelchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.modelchange.ModelDifference.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@link ModelDiff#forms}: a form of the project changed field by field, a new form, a removed one, bad JSON. */
class ModelDiffFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String form(String id) throws IOException {
    return Files.readString(Path.of("forms", id + ".form"));
  }

  private static ModelDifference diff(Kind kind, String process, String element, String text) {
    return new ModelDifference(kind, process, element, text);
  }

  @Test
  void formsFieldByField() throws IOException {
    String before = form("Form_CheckCorrections");
    ObjectNode changed = (ObjectNode) JSON.readTree(before);
    ArrayNode components = (ArrayNode) changed.get("components");
    ObjectNode decision = (ObjectNode) components.get(1);
    decision.put("type", "select").put("readonly", true);
    ((ObjectNode) decision.get("validate")).put("required", false);
    ((ArrayNode) decision.get("values")).addObject().put("label", "转交上级").put("value", "escalate");
    components.remove(2);

    assertThat(ModelDiff.forms("Form_CheckCorrections", before, JSON.writeValueAsString(changed)))
        .extracting(ModelDifference::text).containsExactly(
            "表单变更 Form_CheckCorrections：字段「受理决定」（intakeDecision）：类型 单选 改为 下拉选择",
            "表单变更 Form_CheckCorrections：字段「受理决定」（intakeDecision）：改为非必填",
            "表单变更 Form_CheckCorrections：字段「受理决定」（intakeDecision）：选项 受理(accept)、不予受理(reject) 改为 "
                + "受理(accept)、不予受理(reject)、转交上级(escalate)",
            "表单变更 Form_CheckCorrections：字段「受理决定」（intakeDecision）：改为只读",
            "表单变更 Form_CheckCorrections：删除字段「受理意见 / 不予受理理由」（intakeOpinion）");
    assertThat(ModelDiff.forms("Form_CheckCorrections", before, before)).isEmpty();
    assertThat(ModelDiff.forms("Form_CheckCorrections", null, before)).containsExactly(
        diff(Kind.ADDED, null, "Form_CheckCorrections", "新增表单 Form_CheckCorrections：2 个字段"));
    assertThat(ModelDiff.forms("Form_CheckCorrections", before, null)).containsExactly(
        diff(Kind.REMOVED, null, "Form_CheckCorrections", "删除表单 Form_CheckCorrections"));
    assertThatThrownBy(() -> ModelDiff.forms("Form_CheckCorrections", before, "{\"components\": ["))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("表单内容不是有效的 JSON");
  }
}
