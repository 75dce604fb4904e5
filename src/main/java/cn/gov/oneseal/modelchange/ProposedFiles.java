package cn.gov.oneseal.modelchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * The files of a proposed change, read: each BPMN model with its processes, each form with its id, each decision
 * table; what cannot be read is a problem said in Chinese ({@link #problems}). Only models, forms and decision tables
 * are taken (.bpmn, .dmn, .form), in UTF-8, at most {@value #MAX_BYTES} bytes each.
 */
final class ProposedFiles {

  static final int MAX_BYTES = 1_000_000;
  static final int MAX_FILES = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
  private final Map<String, String> processFiles = new LinkedHashMap<>();
  private final Map<String, String> formFiles = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  static ProposedFiles read(Map<String, byte[]> sent) {
    ProposedFiles read = new ProposedFiles();
    if (sent.isEmpty()) {
      read.problems.add("没有收到任何文件：请在 Camunda Modeler 中打开要变更的流程图后部署");
    }
    if (sent.size() > MAX_FILES) {
      read.problems.add("一次变更最多 " + MAX_FILES + " 个文件");
    }
    sent.forEach(read::add);
    return read;
  }

  private void add(String name, byte[] content) {
    String file = CurrentModels.fileName(name == null ? "" : name);
    if (!file.matches("[A-Za-z0-9_.\\-]{1,200}\\.(bpmn|dmn|form)")) {
      problems.add("文件 " + file + "：只接受 .bpmn（流程图）、.dmn（决策表）和 .form（表单）文件，文件名只用字母、数字、_、-、.");
      return;
    }
    if (content.length > MAX_BYTES) {
      problems.add("文件 " + file + "：超过 " + MAX_BYTES / 1000 + " KB");
      return;
    }
    if (!utf8(content)) {
      problems.add("文件 " + file + "：不是 UTF-8 编码的文本");
      return;
    }
    if (files.containsKey(file)) {
      problems.add("文件 " + file + "：同名文件发送了两次");
      return;
    }
    files.put(file, content);
    if (file.endsWith(".bpmn")) {
      try {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        models.put(file, model);
        for (Process process : model.getModelElementsByType(Process.class)) {
          if (processFiles.containsKey(process.getId())) {
            problems.add("文件 " + file + "：流程 " + process.getId() + " 也在 " + processFiles.get(process.getId()) + " 中");
          }
          processFiles.put(process.getId(), file);
        }
      } catch (RuntimeException e) {
        problems.add("文件 " + file + "：不是可读的 BPMN 2.0 流程图（XML 无法解析）");
      }
    } else if (file.endsWith(".form")) {
      try {
        JsonNode form = JSON.readTree(content);
        String id = form.path("id").asText("");
        if (id.isBlank()) {
          problems.add("文件 " + file + "：表单没有 id（formRef 按 id 引用表单）");
        } else {
          formFiles.put(id, file);
        }
      } catch (java.io.IOException e) {
        problems.add("文件 " + file + "：不是可读的 Camunda 表单（JSON 无法解析）");
      }
    }
  }

  private static boolean utf8(byte[] content) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  List<String> problems() {
    return problems;
  }

  /** Every file, by its name. */
  Map<String, byte[]> files() {
    return files;
  }

  /** The BPMN models, by file name. */
  Map<String, BpmnModelInstance> models() {
    return models;
  }

  /** The file of each process the change defines, by process key. */
  Map<String, String> processFiles() {
    return processFiles;
  }

  /** The file of each form the change carries, by form id. */
  Map<String, String> formFiles() {
    return formFiles;
  }

  /** Leaves a file out (unchanged from what is in force). */
  void drop(String file) {
    files.remove(file);
    models.remove(file);
    processFiles.values().removeIf(file::equals);
    formFiles.values().removeIf(file::equals);
  }
}
