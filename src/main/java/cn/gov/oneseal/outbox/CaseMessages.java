package cn.gov.oneseal.outbox;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.security.CurrentUser;
import cn.gov.oneseal.security.Role;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * A case's messages for the bureau's officers (window, reviewer, decider, bureau head, supervisor, auditor of the
 * case's bureau), the recipients masked — over the API and in Tasklist's tab 通知记录 alike.
 */
@Service
public class CaseMessages {

  /** Who reads a case's messages (of their bureau). */
  static final Set<String> READERS = Set.of(Role.WINDOW.groupId(), Role.REVIEWER.groupId(),
      Role.DECIDER.groupId(), Role.BUREAU_HEAD.groupId(), Role.SUPERVISOR.groupId(), Role.AUDITOR.groupId());

  private final OutboxMessages messages;
  private final CaseFiles caseFiles;
  private final CurrentUser currentUser;

  public CaseMessages(OutboxMessages messages, CaseFiles caseFiles, CurrentUser currentUser) {
    this.messages = messages;
    this.caseFiles = caseFiles;
    this.currentUser = currentUser;
  }

  /** The case's messages in the order they were made; 403/404 as {@link ApiException} with the rule. */
  public List<MessageView> of(Authentication caller, String caseNumber) {
    if (!currentUser.isAdmin(caller) && (caller.getGroupIds() == null
        || caller.getGroupIds().stream().noneMatch(READERS::contains))) {
      throw ApiException.forbidden("无权查看办件的对外消息");
    }
    CaseFile file = caseFiles.find(caseNumber).orElseThrow(() -> ApiException.caseNotFound(caseNumber));
    if (!currentUser.sees(caller, file.bureauId())) {
      throw ApiException.forbidden("办件 " + caseNumber + " 属于其他局，无权查看其对外消息");
    }
    return messages.ofCase(caseNumber).stream().map(m -> MessageView.of(m, true)).toList();
  }
}
