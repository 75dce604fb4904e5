package cn.gov.oneseal.sso;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the webapps' logout plugin (plugin-webapp/oneseal-sso-logout) that single sign-on is on and where to log out;
 * without the sso profile the address does not exist and the plugin leaves the webapps' own logout alone.
 */
@RestController
@Profile("sso")
@Hidden
class SsoSessionController {

  @GetMapping(path = "/sso/config", produces = "application/json;charset=UTF-8")
  Map<String, String> config() {
    return Map.of("logout", "/logout");
  }
}
