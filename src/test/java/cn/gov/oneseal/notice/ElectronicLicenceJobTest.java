package cn.gov.oneseal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.oneseal.support.CaseTest;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * The electronic licence's job when it cannot issue: it fails, is retried, and after its retries shows as an incident
 * of the item's process definition (where Cockpit lists a definition's incidents), and a retry once the cause is
 * gone issues nothing twice.
 */
class ElectronicLicenceJobTest extends CaseTest {

  @Test
  void aLicenceJobThatKeepsFailingBecomesAnIncidentOfTheItemsDefinition() {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("FoodBusinessLicence").latestVersion().singleResult().getId();
    // a grant whose licence is missing from the register (as if the register had been damaged)
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command -> {
          ElectronicLicenceJob.schedule("32050020260302C999999X", "city", definition, "FoodBusinessLicence", "city");
          return null;
        });
    Job job = engine.getManagementService().createJobQuery().processDefinitionId(definition).list().stream()
        .filter(j -> ((JobEntity) j).getJobHandlerConfigurationRaw().startsWith("32050020260302C999999X|"))
        .findFirst().orElseThrow();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
    }
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processDefinitionId(definition)
        .incidentType(Incident.FAILED_JOB_HANDLER_TYPE).configuration(job.getId()).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getTenantId()).isEqualTo("city");
    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries())
        .isZero();
    engine.getManagementService().deleteJob(job.getId());
  }
}
