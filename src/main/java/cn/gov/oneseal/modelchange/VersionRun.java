package cn.gov.oneseal.modelchange;

import java.util.List;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * The running cases of one older version of a process against its new version: those that migrate under the
 * generated plan, and those left on their version with the reason.
 */
record VersionRun(ProcessDefinition source, ProcessDefinition target, List<Case> migratable, List<Case> left) {

  /** One running process instance: its id, its case number (the business key), why it stays (if it does). */
  record Case(String processInstanceId, String caseNumber, String reason) {}

  int running() {
    return migratable.size() + left.size();
  }

  List<String> migratableIds() {
    return migratable.stream().map(Case::processInstanceId).toList();
  }

  /** One paragraph of the report the head reads. */
  String text() {
    StringBuilder text = new StringBuilder("- ").append(source.getKey()).append(" 第 ").append(source.getVersion())
        .append(" 版：在办 ").append(running()).append(" 件，可迁移到新版本 ").append(migratable.size()).append(" 件");
    if (left.isEmpty()) {
      return text.append("。").toString();
    }
    text.append("，不能迁移（留在第 ").append(source.getVersion()).append(" 版）").append(left.size()).append(" 件：");
    for (Case stays : left) {
      text.append("\n  - ").append(stays.caseNumber() == null ? stays.processInstanceId() : stays.caseNumber())
          .append("：").append(stays.reason());
    }
    return text.toString();
  }
}
