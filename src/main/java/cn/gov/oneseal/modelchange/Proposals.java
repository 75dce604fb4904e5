package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.bureau.Bureaus;
import cn.gov.oneseal.modelchange.ModelChange.Kind;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import cn.gov.oneseal.security.AsSystem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An analyst's deployment becomes a proposed change (src/docs/analysts-guide.md, "From Modeler to production"): its
 * files are read, the unchanged ones left out when Modeler asks for changed files only, the forms its models refer to
 * completed from the processes in force, and the whole checked as the build checks ({@link ChangeChecks}). A change
 * with errors is refused whole (400 with every problem in Chinese; nothing kept). A change that passes is kept with
 * its diff ({@code model_change}) and goes to the bureau head for approval ({@code Governance_ModelChange}); nothing
 * of it is live until then. A rollback of an approved change is proposed the same way ({@link #proposeRollback}).
 */
@Service
class Proposals {

  private static final Logger LOG = LoggerFactory.getLogger(Proposals.class);

  private final ProcessEngine engine;
  private final Bureaus bureaus;
  private final ModelChanges changes;
  private final ChangeResources resources;
  private final ChangeChecks checks;
  private final ChangeDiff diff;
  private final CurrentModels current;
  private final ChangeWorker worker;
  private final TransactionTemplate transaction;

  Proposals(ProcessEngine engine, Bureaus bureaus, ModelChanges changes, ChangeResources resources,
      ChangeChecks checks, ChangeDiff diff, CurrentModels current, ChangeWorker worker,
      PlatformTransactionManager transactions) {
    this.engine = engine;
    this.bureaus = bureaus;
    this.changes = changes;
    this.resources = resources;
    this.checks = checks;
    this.diff = diff;
    this.current = current;
    this.worker = worker;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** An analyst's deployment: the change it became, or {@link ChangeRefused} with every problem. */
  DeploymentWithDefinitions propose(ProposedDeployment sent, String analyst) {
    long started = System.nanoTime();
    try {
      return checkedProposal(sent, analyst);
    } finally {
      LOG.info("model change from {} answered in {} ms", analyst, (System.nanoTime() - started) / 1_000_000);
    }
  }

  private DeploymentWithDefinitions checkedProposal(ProposedDeployment sent, String analyst) {
    if (sent.redeployment()) {
      throw new ChangeRefused("流程分析员不能重新部署已有的部署：请在 Camunda Modeler 中打开流程图后部署（变更经局负责人审批后生效）");
    }
    if (sent.tenantId() != null && bureaus.find(sent.tenantId()).isEmpty()) {
      throw ChangeRefused.of(List.of("租户（Tenant ID）" + sent.tenantId() + " 不是本市的审批局；共享的流程不填租户"));
    }
    ProposedFiles files = ProposedFiles.read(sent.files());
    if (files.problems().isEmpty() && sent.changedOnly()) {
      worker.call(() -> {
        leaveOutUnchanged(files, sent.tenantId());
        return null;
      });
      if (files.files().isEmpty()) {
        throw new ChangeRefused("所部署的文件与现行版本完全相同，没有需要审批的变更");
      }
    }
    if (files.problems().isEmpty() && files.processFiles().isEmpty()) {
      throw ChangeRefused.of(List.of("变更须包含流程图（.bpmn）：表单和决策表随引用它们的流程图一起部署"));
    }
    return propose(Kind.CHANGE, null, sent.name(), sent.source(), sent.tenantId(), files, analyst);
  }

  /** The rollback of an approved change: its processes as they were before it, proposed for approval. */
  ModelChange proposeRollback(ModelChange change, String analyst) {
    Map<String, byte[]> before = worker.call(() -> previousFiles(change));
    ProposedFiles files = ProposedFiles.read(before);
    DeploymentWithDefinitions answer = propose(Kind.ROLLBACK, change.number(), "回退变更第 " + change.number() + " 号",
        "OneSeal 回退", change.tenantId(), files, analyst);
    return changes.find(((ProposalAnswer) answer).number()).orElseThrow();
  }

  private DeploymentWithDefinitions propose(Kind kind, Integer rollsBack, String name, String source, String tenantId,
      ProposedFiles files, String analyst) {
    List<String> keys = new ArrayList<>(files.processFiles().keySet());
    List<String> busy = new ArrayList<>();
    for (String key : keys) {
      changes.pendingFor(key).ifPresent(pending -> busy.add("流程 " + key + " 已有待审批的变更第 " + pending.number()
          + " 号：请等局负责人审批后再部署"));
    }
    if (!busy.isEmpty()) {
      throw ChangeRefused.of(busy);
    }
    ChangeResources.Completed completed = worker.call(() -> resources.complete(files, tenantId));
    ChangeChecks.Report report = checks.run(files, completed, tenantId);
    if (!report.passed()) {
      LOG.info("model change by {} refused: {} problems", analyst, report.errors().size());
      throw ChangeRefused.of(report.errors());
    }
    String difference = worker.call(() -> diff.text(completed.files(), files, tenantId));
    String title = name == null || name.isBlank() ? String.join("、", keys) : name.strip();
    String shortTitle = title.length() > 200 ? title.substring(0, 200) : title;
    OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneOffset.UTC);
    int number = transaction.execute(status -> {
      int n = changes.propose(kind, rollsBack, shortTitle, source, tenantId, keys, analyst, now, report.text(),
          difference, completed.files());
      ModelChange change = changes.find(n).orElseThrow();
      Map<String, Object> variables = new HashMap<>();
      variables.put(CaseVariables.CHANGE_NUMBER, n);
      variables.put(CaseVariables.CHANGE_TITLE, change.title());
      variables.put(CaseVariables.CHANGE_PROPOSED_BY, analyst);
      variables.put(CaseVariables.CHANGE_DIFF, difference);
      variables.put(CaseVariables.CHANGE_CHECKS, report.text());
      variables.put(CaseVariables.CHANGE_DRY_RUN, "正在试迁移在办件……");
      variables.put(CaseVariables.BUREAU_ID, tenantId == null ? bureaus.city().id() : tenantId);
      String instance = AsSystem.call(engine, () -> engine.getRuntimeService()
          .startProcessInstanceByKey(ProcessKeys.MODEL_CHANGE, businessKey(n), variables).getId());
      changes.approvalStarted(n, instance);
      return n;
    });
    LOG.info("model change {} proposed by {}: {}", number, analyst, keys);
    return new ProposalAnswer(number, shortTitle, source, tenantId, Date.from(now.toInstant()));
  }

  /** The approval's business key. */
  static String businessKey(int number) {
    return "MC-" + number;
  }

  /** Leaves out the files equal to what is in force (Modeler's "changed only"). */
  private void leaveOutUnchanged(ProposedFiles files, String tenantId) {
    for (var process : new HashMap<>(files.processFiles()).entrySet()) {
      current.of(process.getKey(), tenantId).ifPresent(inForce -> {
        byte[] sent = files.files().get(process.getValue());
        if (sent != null && Arrays.equals(sent, inForce.model())) {
          files.drop(process.getValue());
        }
      });
    }
  }

  /** Per process of the change, the files of the deployment that was in force before it. */
  private Map<String, byte[]> previousFiles(ModelChange change) {
    Map<String, byte[]> files = new HashMap<>();
    for (var previous : PreviousDefinitions.read(change.previousDefinitions()).entrySet()) {
      var definition = engine.getRepositoryService().getProcessDefinition(previous.getValue());
      files.put(CurrentModels.fileName(definition.getResourceName()),
          current.read(definition.getDeploymentId(), definition.getResourceName()));
      ChangeResources.formRefs(engine.getRepositoryService().getBpmnModelInstance(definition.getId())).forEach(formId -> {
        byte[] form = current.forms(definition.getDeploymentId()).get(formId);
        if (form != null) {
          files.put(formId + ".form", form);
        }
      });
    }
    return files;
  }
}
