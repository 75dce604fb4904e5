package cn.gov.oneseal.bureau;

import cn.gov.oneseal.security.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A bureau's extensions (延期审批) and revocations (撤销) are approved by its own head: the tasks go to the group
 * {@code bureauHead} in the case's bureau (engine tenant). A bureau none of whose users is in that group would
 * leave them to nobody — the case's deadlines would pass with no open step anyone can take — so once the
 * application is ready each such bureau is named in a warning.
 */
@Component
public class BureauHeads {

  private static final Logger LOG = LoggerFactory.getLogger(BureauHeads.class);

  private final IdentityService identityService;
  private final Bureaus bureaus;

  public BureauHeads(IdentityService identityService, Bureaus bureaus) {
    this.identityService = identityService;
    this.bureaus = bureaus;
  }

  /** The bureaus without a user in {@code bureauHead} who belongs to them (directly or through a group). */
  public List<Bureau> withoutHead() {
    Set<String> headed = new HashSet<>();
    for (User head : identityService.createUserQuery().memberOfGroup(Role.BUREAU_HEAD.groupId()).list()) {
      identityService.createTenantQuery().userMember(head.getId()).includingGroupsOfUser(true).list().stream()
          .map(Tenant::getId).forEach(headed::add);
    }
    return bureaus.bureaus().stream().filter(bureau -> !headed.contains(bureau.id())).toList();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warnOfBureausWithoutHead() {
    for (Bureau bureau : withoutHead()) {
      LOG.warn("行政审批局 {}（{}）没有局负责人：组 {} 中没有属于该局的用户，该局办件的延期审批、撤销审批等任务将无人办理",
          bureau.id(), bureau.name(), Role.BUREAU_HEAD.groupId());
    }
  }
}
