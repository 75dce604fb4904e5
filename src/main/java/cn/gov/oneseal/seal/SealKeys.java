package cn.gov.oneseal.seal;

import cn.gov.oneseal.bureau.Bureau;
import cn.gov.oneseal.bureau.Bureaus;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The bureaus' seals as configured in {@code oneseal.seals}: outside demo each bureau's keys from its PKCS#12 keystore
 * or PKCS#11 device (a bureau without them stops start-up, naming what to set); with {@code oneseal.seals.demo} the
 * demo seals of {@link DemoSeals}. Everything is read once, at start-up; the revocation list whenever it changes.
 */
@Component
public class SealKeys implements Seals {

  private final Map<String, BureauSeal> seals = new LinkedHashMap<>();
  private final List<X509Certificate> known;
  private final List<X509Certificate> authorities;
  private final Revocations revocations;

  @Autowired
  public SealKeys(Bureaus bureaus, SealProperties properties, @Value("${oneseal.data-dir:./data}") String dataDir,
      Environment environment) {
    this(bureaus, properties, Path.of(dataDir), environment::getProperty);
  }

  /**
   * @param environment looks up the environment variables the configuration names (passwords, PINs)
   */
  SealKeys(Bureaus bureaus, SealProperties properties, Path dataDir, UnaryOperator<String> environment) {
    Certificates.bouncyCastle();
    Path demoDirectory = properties.demoDirectory() == null || properties.demoDirectory().isBlank()
        ? dataDir.resolve("seals") : Path.of(properties.demoDirectory());
    Path revocationFile = properties.revocationFile() != null && !properties.revocationFile().isBlank()
        ? Path.of(properties.revocationFile()) : properties.demo() ? demoDirectory.resolve(DemoSeals.REVOKED) : null;
    revocations = new Revocations(properties.revoked(), revocationFile);
    Set<X509Certificate> knownCertificates = new LinkedHashSet<>();
    Map<String, DemoSeals.Keys> keys = properties.demo()
        ? demo(bureaus, demoDirectory, knownCertificates) : configured(bureaus, properties, environment);
    Set<X509Certificate> cas = new LinkedHashSet<>();
    for (Bureau bureau : bureaus.bureaus()) {
      DemoSeals.Keys bureauKeys = keys.get(bureau.id());
      seals.put(bureau.id(), new BureauSeal(bureau.id(), bureau.name(), bureauKeys.pdfKey(), bureauKeys.pdfChain(),
          bureauKeys.sm2Key(), bureauKeys.sm2Chain(), SealImage.png(bureau.name(), properties.demo()),
          properties.demo()));
      knownCertificates.add(bureauKeys.pdfChain().get(0));
      knownCertificates.add(bureauKeys.sm2Chain().get(0));
      cas.add(bureauKeys.pdfChain().get(bureauKeys.pdfChain().size() - 1));
      cas.add(bureauKeys.sm2Chain().get(bureauKeys.sm2Chain().size() - 1));
    }
    if (!properties.demo()) {
      knownCertificates.addAll(pemFiles(properties.bureaus().values().stream()
          .flatMap(b -> b.earlierCertificates().stream()).toList(), "earlier-certificates"));
    }
    cas.addAll(pemFiles(properties.authorities(), "oneseal.seals.authorities"));
    known = List.copyOf(knownCertificates);
    authorities = List.copyOf(cas);
  }

  private Map<String, DemoSeals.Keys> demo(Bureaus bureaus, Path directory, Set<X509Certificate> known) {
    try {
      DemoSeals.Loaded loaded = DemoSeals.open(directory, bureaus.bureaus(), bureaus.city().name(),
          revocations::revoked);
      known.addAll(loaded.earlier());
      return loaded.seals();
    } catch (GeneralSecurityException e) {
      throw new SealConfigurationException("无法生成或读取演示印章 (cannot create or read the demo seals) in "
          + directory + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, DemoSeals.Keys> configured(Bureaus bureaus, SealProperties properties,
      UnaryOperator<String> environment) {
    Map<String, DemoSeals.Keys> keys = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Exception cause = null;
    for (Bureau bureau : bureaus.bureaus()) {
      SealProperties.BureauKeys configured = bureauKeys(properties, bureau.id());
      String prefix = "oneseal.seals.bureaus." + bureau.id();
      String variable = "ONESEAL_SEAL_" + bureau.id().toUpperCase(Locale.ROOT) + "_PASSWORD";
      if (configured == null || (configured.pkcs12() == null) == (configured.pkcs11() == null)) {
        problems.add(bureau.name() + "（" + bureau.id() + "）未配置印章 (no seal configured): 请设置 " + prefix
            + ".pkcs12.path 与 " + prefix + ".pkcs12.password-env（如 " + variable + "，并设置该环境变量），或 "
            + prefix + ".pkcs11.config 与 " + prefix + ".pkcs11.pin-env（SM2 密钥另用 " + prefix + ".sm2-pkcs12）"
            + (configured == null ? "" : "（二者只能配置其一 / exactly one of them）"));
        continue;
      }
      try {
        keys.put(bureau.id(), ConfiguredKeys.load(bureau.id(), configured, environment));
      } catch (GeneralSecurityException | IOException | RuntimeException e) {
        problems.add(bureau.name() + "（" + bureau.id() + "）的印章无法读取 (the seal cannot be read): "
            + e.getMessage());
        cause = e;
      }
    }
    if (!problems.isEmpty()) {
      throw new SealConfigurationException("行政审批局的电子印章未配置或无法使用，不能签发未盖章的文书 "
          + "(a bureau has no usable seal; documents are never issued unsigned):\n" + String.join("\n", problems),
          cause);
    }
    return keys;
  }

  /** A bureau's keys by its id, the map key's case aside (environment variables bind map keys in lower case). */
  private static SealProperties.BureauKeys bureauKeys(SealProperties properties, String bureauId) {
    return properties.bureaus().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(bureauId))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private static List<X509Certificate> pemFiles(List<String> files, String property) {
    List<X509Certificate> certificates = new ArrayList<>();
    for (String file : files) {
      try {
        certificates.addAll(Certificates.read(Path.of(file)));
      } catch (IOException | GeneralSecurityException e) {
        throw new SealConfigurationException(property + ": 无法读取证书文件 (cannot read the certificate file) " + file
            + ": " + e.getMessage(), e);
      }
    }
    return certificates;
  }

  @Override
  public BureauSeal current(String bureauId) {
    BureauSeal seal = seals.get(bureauId);
    if (seal == null) {
      throw new IllegalArgumentException("未配置的行政审批局（租户）: " + bureauId);
    }
    return seal;
  }

  @Override
  public List<X509Certificate> knownCertificates() {
    return known;
  }

  @Override
  public List<X509Certificate> authorities() {
    return authorities;
  }

  @Override
  public boolean revoked(X509Certificate certificate) {
    return revocations.revoked(certificate);
  }
}
