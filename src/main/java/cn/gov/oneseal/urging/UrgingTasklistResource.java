package cn.gov.oneseal.urging;

import cn.gov.oneseal.cockpit.CockpitPluginBeans;
import cn.gov.oneseal.security.AsSystem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import cn.gov.oneseal.cockpit.SignedInTasklistResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The urges of one task for the Tasklist user who may read it — by the engine's own rule (READ on the task, or
 * READ_TASK on its process) within their bureaus — and 404 for anyone else, alike for a task that does not exist; and
 * 催办 from Tasklist for supervisors and bureau heads: the carded open steps of their bureaus, a case's open steps, and
 * the urge of a step or a whole case — by the same rules as the API ({@link Urging}), a refusal answered with its
 * status and the rule in Chinese.
 */
public class UrgingTasklistResource extends SignedInTasklistResource {

  public UrgingTasklistResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("tasks/{taskId}")
  public Response ofTask(@PathParam("taskId") String taskId) {
    Authentications current = Authentications.getCurrent();
    if (current == null || !(current.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
      return json(401, Map.of("code", "UNAUTHORIZED", "message", "请先登录"));
    }
    ProcessEngine engine = getProcessEngine();
    boolean reads = AsSystem.call(engine, () -> {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      return task != null && mayRead(engine, user, task);
    });
    if (!reads) {
      return json(404, Map.of("code", "TASK_NOT_FOUND", "message", "没有该任务，或您无权查看"));
    }
    List<Urge> urges = CockpitPluginBeans.bean(Urging.class).ofTask(taskId);
    return json(200, Map.of("taskId", taskId, "urges", urges));
  }

  /** The open steps with a yellow or red card that the caller may urge (403 for who may not urge). */
  @GET
  @Path("steps")
  public Response carded() {
    return asSignedIn(who -> json(200, urging().cardedSteps(Urger.of(who))));
  }

  /** A case's urges and the open steps the caller may urge. */
  @GET
  @Path("cases/{caseNumber}")
  public Response ofCase(@PathParam("caseNumber") String caseNumber) {
    return asSignedIn(who -> json(200, urging().caseView(Urger.of(who), caseNumber)));
  }

  /** Urges every open step of the case. */
  @POST
  @Path("cases/{caseNumber}")
  public Response urgeCase(@PathParam("caseNumber") String caseNumber, String body) {
    return asSignedIn(who -> json(201, urging().urgeCase(Urger.of(who), caseNumber, UrgeNote.of(body))));
  }

  /** Urges one open step. */
  @POST
  @Path("tasks/{taskId}")
  public Response urgeTask(@PathParam("taskId") String taskId, String body) {
    return asSignedIn(who -> json(201, urging().urgeTask(Urger.of(who), taskId, UrgeNote.of(body))));
  }

  private static Urging urging() {
    return CockpitPluginBeans.bean(Urging.class);
  }

  private static boolean mayRead(ProcessEngine engine, UserAuthentication user, Task task) {
    List<String> groups = user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds());
    List<String> tenants = user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds());
    if (task.getTenantId() != null && !tenants.contains(task.getTenantId())) {
      return false;
    }
    var authorizations = engine.getAuthorizationService();
    if (authorizations.isUserAuthorized(user.getIdentityId(), groups, Permissions.READ, Resources.TASK, task.getId())) {
      return true;
    }
    if (task.getProcessDefinitionId() == null) {
      return false;
    }
    ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
    return authorizations.isUserAuthorized(user.getIdentityId(), groups, ProcessDefinitionPermissions.READ_TASK,
        Resources.PROCESS_DEFINITION, definition.getKey());
  }

}
