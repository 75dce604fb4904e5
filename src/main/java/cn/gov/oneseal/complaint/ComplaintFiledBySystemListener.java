package cn.gov.oneseal.complaint;

import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.security.Role;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code StartEvent_FiledBySystem} of {@value ComplaintProcess#KEY} started: a complaint the API received (the portal
 * or a regulator's system; only the API sends the start message), checked and recorded by {@link ComplaintFiling}.
 */
@Component("complaintFiledBySystemListener")
public class ComplaintFiledBySystemListener implements ExecutionListener {

  private final ComplaintFiling filing;

  public ComplaintFiledBySystemListener(ComplaintFiling filing) {
    this.filing = filing;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // the message comes from the API, which runs as the portal's or a regulator system's account; those accounts cannot
    // reach the engine's REST API (web/TechnicalClientConfinement), so an officer sending the message there is refused
    Authentication caller = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    Object channel = execution.getVariable(FormFields.COMPLAINT_CHANNEL);
    boolean portal = groups.contains(Role.API_PORTAL) && ComplaintChannel.PORTAL.name().equals(channel);
    boolean regulator = groups.contains(Role.API_REGULATOR_SYSTEM)
        && ComplaintChannel.REGULATOR.name().equals(channel);
    if (!portal && !regulator && !groups.contains(Role.ADMIN_GROUP)) {
      throw new AuthorizationException("网上投诉和监管部门转办的投诉只能通过 /api/v1 提交；窗口登记投诉请使用投诉登记表单");
    }
    filing.file(execution, true);
  }
}
