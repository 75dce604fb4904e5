package cn.gov.oneseal.modelchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.stereotype.Component;

/**
 * What a change changes against the models in force, element by element ({@link ModelDiff}), as the head reads it:
 * each of its processes against the process in force (a new process, when there is none), and each of its forms
 * against the form the process in force carries. Read as the system (on the change worker).
 */
@Component
class ChangeDiff {

  private final CurrentModels current;

  ChangeDiff(CurrentModels current) {
    this.current = current;
  }

  String text(Map<String, byte[]> files, ProposedFiles change, String tenantId) {
    List<ModelDifference> differences = new ArrayList<>();
    for (var process : change.processFiles().entrySet()) {
      BpmnModelInstance after = change.models().get(process.getValue());
      Optional<CurrentModels.InForce> inForce = current.of(process.getKey(), tenantId);
      BpmnModelInstance before = inForce.map(f -> Bpmn.readModelFromStream(new ByteArrayInputStream(f.model())))
          .orElse(null);
      Map<String, byte[]> formsBefore = inForce.map(CurrentModels.InForce::forms).orElse(Map.of());
      differences.addAll(ModelDiff.between(before, after, new FormLookup() {
        @Override
        public Optional<String> before(String formId) {
          return Optional.ofNullable(formsBefore.get(formId)).map(ChangeDiff::text);
        }

        @Override
        public Optional<String> after(String formId) {
          return Optional.ofNullable(files.get(formId + ".form")).or(() -> Optional.ofNullable(
              change.formFiles().get(formId)).map(files::get)).map(ChangeDiff::text);
        }
      }));
    }
    return ModelDiff.text(differences);
  }

  private static String text(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }
}
