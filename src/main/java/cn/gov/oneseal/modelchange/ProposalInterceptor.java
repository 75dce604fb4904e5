package cn.gov.oneseal.modelchange;

import cn.gov.oneseal.security.Role;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * An analyst's deployment is a proposed change, not live ({@link Proposals}): whatever way it reaches the engine
 * ({@code /engine-rest/deployment/create} from Camunda Modeler, or the Java API), a deployment by an account of the
 * {@code analyst} group that is no administrator ({@code camunda-admin}) is taken here, before the engine's own
 * command runs, and answered with the change it became — when it is the analyst's own request, not a deployment the
 * system makes within a command of its own while serving the analyst. Administrators deploy directly, as before;
 * anyone else meets the engine's refusal (no right to deploy).
 */
final class ProposalInterceptor extends CommandInterceptor {

  private final Supplier<IdentityService> identities;
  private final Supplier<Proposals> proposals;

  ProposalInterceptor(Supplier<IdentityService> identities, Supplier<Proposals> proposals) {
    this.identities = identities;
    this.proposals = proposals;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    // only the analyst's own request: a deployment the system makes inside a command of its own on the analyst's behalf
    // (e.g. an item's process deployed again with its new start form after a catalogue change) goes through
    if (command instanceof DeployCmd deploy && Context.getCommandContext() == null) {
      Authentication caller = identities.get().getCurrentAuthentication();
      if (isAnalystOnly(caller)) {
        return (T) proposals.get().propose(ProposedDeployment.of(deploy), caller.getUserId());
      }
    }
    return next.execute(command);
  }

  /** An analyst who is no administrator: their deployment becomes a proposed change. */
  static boolean isAnalystOnly(Authentication caller) {
    if (caller == null || caller.getUserId() == null) {
      return false;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(Role.ANALYST.groupId()) && !groups.contains(Groups.CAMUNDA_ADMIN);
  }
}
