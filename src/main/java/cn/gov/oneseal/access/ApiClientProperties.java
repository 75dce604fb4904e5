package cn.gov.oneseal.access;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The technical clients of the REST API (接口调用方): the bureau's online portal (网上办事大厅) and the
 * regulators' systems. Each has its own account (not an officer's), its password from the environment.
 *
 * @param clients one entry per client system
 */
@ConfigurationProperties("oneseal.api")
public record ApiClientProperties(List<Client> clients) {

  public ApiClientProperties {
    clients = clients == null ? List.of() : List.copyOf(clients);
  }

  /** What a client may do. */
  public enum Kind {
    /** The online portal: submits applications and acts for applicants who prove their query code. */
    PORTAL,
    /** A regulator's system: its department's dispatches, verifications and wrong-approval reports. */
    REGULATOR
  }

  /**
   * @param id the account (HTTP Basic user name)
   * @param name what the client is, in Chinese
   * @param kind portal or regulator system
   * @param regulatorGroup for a regulator system: the department's group (as in the catalogue)
   * @param password the secret; set from the environment, never committed for production
   */
  public record Client(String id, String name, Kind kind, String regulatorGroup, String password) {}
}
