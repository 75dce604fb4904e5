package cn.gov.oneseal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;

/**
 * The password policy answered readably: the engine refuses a weak password of a new user or a changed password
 * with a bare "Password does not match policy" and HTTP 500. Here {@code POST …/user/create} and
 * {@code PUT …/user/{id}/credentials} are checked against the engine's policy first and refused with 400 and the
 * rules the password breaks, in Chinese. Under the directory (profile ldap) passwords are the directory's.
 */
class PasswordPolicyGuard extends RestBodyGuard {

  private static final Pattern USER = Pattern.compile("/user/([^/]+)/credentials/?$");

  private static final Map<String, String> RULES = Map.of(
      "PASSWORD_POLICY_LENGTH", "至少 %s 个字符",
      "PASSWORD_POLICY_LOWERCASE", "至少 %s 个小写字母",
      "PASSWORD_POLICY_UPPERCASE", "至少 %s 个大写字母",
      "PASSWORD_POLICY_DIGIT", "至少 %s 个数字",
      "PASSWORD_POLICY_SPECIAL", "至少 %s 个特殊字符",
      "PASSWORD_POLICY_USER_DATA", "不得包含用户名、姓名或邮箱");

  private final IdentityService identityService;

  PasswordPolicyGuard(ObjectMapper json, String method, String resource, IdentityService identityService) {
    super(json, method, onEngineRest(resource));
    this.identityService = identityService;
  }

  @Override
  Optional<String> problem(JsonNode body, HttpServletRequest request) {
    JsonNode profile = body.path("profile");
    JsonNode password = body.has("credentials") ? body.path("credentials").path("password") : body.path("password");
    if (!password.isTextual() || identityService.isReadOnly()) {
      // under the directory the engine refuses every write (EngineRestAnswers answers it)
      return Optional.empty();
    }
    String userId = profile.path("id").asText(null);
    Matcher path = USER.matcher(BasicAuthenticationFilter.path(request));
    if (path.find()) {
      userId = path.group(1);
    }
    User user = identityService.newUser(userId == null ? "" : userId);
    user.setFirstName(profile.path("firstName").asText(null));
    user.setLastName(profile.path("lastName").asText(null));
    user.setEmail(profile.path("email").asText(null));
    PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password.asText(), user);
    if (result.isValid()) {
      return Optional.empty();
    }
    return Optional.of("密码不符合密码策略：" + result.getViolatedRules().stream()
        .map(rule -> RULES.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder())
            .formatted(rule.getParameters() == null ? "" : rule.getParameters().values().stream().findFirst().orElse("")))
        .collect(Collectors.joining("；")));
  }
}
