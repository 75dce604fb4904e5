package cn.gov.oneseal.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.sso}. The user id is the claim the client registration's {@code user-name-attribute} and the resource
 * server's {@code principal-claim-name} name (application-sso.yaml).
 *
 * @param groupsClaim the claim that lists an officer's groups (a list, or names separated by commas); empty: the
 *     groups are the identity service's (the directory's). The provider's group names are mapped to OneSeal's with
 *     {@code oneseal.directory.groups}; without that mapping they are OneSeal's group ids
 * @param postLogoutRedirect where the provider sends the officer after logging out ({@code {baseUrl}}: this server)
 */
@ConfigurationProperties("oneseal.sso")
public record SsoProperties(String groupsClaim, String postLogoutRedirect) {

  public SsoProperties {
    groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? null : groupsClaim.trim();
    postLogoutRedirect = postLogoutRedirect == null || postLogoutRedirect.isBlank() ? "{baseUrl}/camunda/app/"
        : postLogoutRedirect;
  }
}
