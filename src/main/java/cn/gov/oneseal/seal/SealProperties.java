package cn.gov.oneseal.seal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.seals}: where each bureau's seal keys come from (application.yaml documents every key).
 *
 * @param demo demo seals: a demo CA and demo seal certificates, created on first start in {@code demoDirectory}
 * @param demoDirectory the demo seals' folder; {@code ${oneseal.data-dir}/seals} when not set
 * @param bureaus each bureau's keys (outside demo), by bureau id
 * @param authorities PEM files of further CA certificates verification trusts (e.g. a CA before a change of CA)
 * @param revoked serial numbers (hex) of revoked seal certificates
 * @param revocationFile a file of revoked serial numbers (hex, one a line, {@code #} comments), read when it changes;
 *     for demo seals {@code <demoDirectory>/revoked.txt} when not set
 */
@ConfigurationProperties("oneseal.seals")
public record SealProperties(boolean demo, String demoDirectory, Map<String, BureauKeys> bureaus,
    List<String> authorities, List<String> revoked, String revocationFile) {

  public SealProperties {
    bureaus = bureaus == null ? Map.of() : Map.copyOf(bureaus);
    authorities = authorities == null ? List.of() : List.copyOf(authorities);
    revoked = revoked == null ? List.of() : List.copyOf(revoked);
  }

  /**
   * One bureau's keys: a PKCS#12 keystore or a PKCS#11 device (exactly one), the aliases of the PDF and the SM2 key
   * in it, and the bureau's earlier seal certificates (PEM files), which stay known for verification.
   *
   * @param sm2Pkcs12 a PKCS#12 keystore holding the SM2 key (alias {@code sm2Alias}) apart from the PDF key: required
   *     with {@code pkcs11} (SunPKCS11 has no SM2, so a device holds only the PDF key), optional with {@code pkcs12}
   */
  public record BureauKeys(Pkcs12 pkcs12, Pkcs11 pkcs11, Pkcs12 sm2Pkcs12, String pdfAlias, String sm2Alias,
      List<String> earlierCertificates) {

    public BureauKeys {
      pdfAlias = pdfAlias == null || pdfAlias.isBlank() ? "pdf" : pdfAlias;
      sm2Alias = sm2Alias == null || sm2Alias.isBlank() ? "sm2" : sm2Alias;
      earlierCertificates = earlierCertificates == null ? List.of() : List.copyOf(earlierCertificates);
    }
  }

  /** A PKCS#12 file and the name of the environment variable holding its password. */
  public record Pkcs12(String path, String passwordEnv) {}

  /** A SunPKCS11 configuration file and the name of the environment variable holding the device's PIN. */
  public record Pkcs11(String config, String pinEnv) {}
}
