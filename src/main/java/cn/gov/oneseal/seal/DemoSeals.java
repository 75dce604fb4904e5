package cn.gov.oneseal.seal;

import cn.gov.oneseal.bureau.Bureau;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo seals' folder ({@code ${oneseal.data-dir}/seals}): created on first start, read on every later one, so
 * that documents issued before a restart stay verifiable. It holds {@code demo-ca.p12} (the demo CA's RSA and SM2
 * keys, aliases {@code ca} and {@code sm2-ca}), {@code demo-ca.pem} and {@code demo-sm2-ca.pem} (the CA certificates,
 * to import into a PDF reader's trusted certificates), one {@code <bureau id>.p12} per bureau (aliases {@code pdf} and
 * {@code sm2}), {@code revoked.txt} (serial numbers, hex, of revoked certificates) and {@code earlier/} (PEM files of
 * replaced seal certificates). The PKCS#12 files' password is a random one in {@code demo-password}, readable by the
 * owner only. A bureau's seal certificate found revoked, expired or in a former name of the bureau at start-up is
 * replaced by a new one, the old one kept in {@code earlier/}. Several nodes or contexts on one folder take turns (a file lock); a folder that cannot be
 * written leaves the demo seals in memory, new on every start.
 */
final class DemoSeals {

  static final String REVOKED = "revoked.txt";
  static final String EARLIER = "earlier";
  private static final Logger LOG = LoggerFactory.getLogger(DemoSeals.class);
  private static final Object IN_THIS_JVM = new Object();
  private static final String CA_STORE = "demo-ca.p12";
  private static final String PASSWORD = "demo-password";

  /** A bureau's keys and chains (seal certificate first, CA last). */
  record Keys(PrivateKey pdfKey, List<X509Certificate> pdfChain, PrivateKey sm2Key, List<X509Certificate> sm2Chain) {}

  /** The bureaus' demo keys, the earlier certificates, and whether they live in memory only. */
  record Loaded(Map<String, Keys> seals, List<X509Certificate> earlier, boolean inMemory) {}

  private final Path directory;
  private final Predicate<X509Certificate> revoked;
  private char[] password;

  private DemoSeals(Path directory, Predicate<X509Certificate> revoked) {
    this.directory = directory;
    this.revoked = revoked;
  }

  /** The demo seals of the bureaus, from the folder (created as needed), or in memory if it cannot be written. */
  static Loaded open(Path directory, List<Bureau> bureaus, String cityName, Predicate<X509Certificate> revoked)
      throws GeneralSecurityException {
    try {
      Files.createDirectories(directory);
      synchronized (IN_THIS_JVM) {
        try (FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
          return new DemoSeals(directory, revoked).load(bureaus, cityName);
        }
      }
    } catch (IOException e) {
      LOG.warn("演示印章目录 {} 不可写（{}）：演示印章只在内存中生成，重启后更换", directory, e.getMessage());
      return inMemory(bureaus, cityName);
    }
  }

  /** Demo seals in memory only (a new CA on every start). */
  static Loaded inMemory(List<Bureau> bureaus, String cityName) throws GeneralSecurityException {
    DemoAuthority.Issued ca = DemoAuthority.rootCa(cityName, false);
    DemoAuthority.Issued sm2Ca = DemoAuthority.rootCa(cityName, true);
    Map<String, Keys> seals = new LinkedHashMap<>();
    for (Bureau bureau : bureaus) {
      seals.put(bureau.id(), issue(ca, sm2Ca, bureau.name()));
    }
    return new Loaded(seals, List.of(), true);
  }

  private Loaded load(List<Bureau> bureaus, String cityName) throws IOException, GeneralSecurityException {
    password = password();
    KeyStore caStore = read(directory.resolve(CA_STORE));
    if (caStore == null) {
      caStore = store();
      DemoAuthority.Issued ca = DemoAuthority.rootCa(cityName, false);
      DemoAuthority.Issued sm2Ca = DemoAuthority.rootCa(cityName, true);
      caStore.setKeyEntry("ca", ca.key(), password, new X509Certificate[] {ca.certificate()});
      caStore.setKeyEntry("sm2-ca", sm2Ca.key(), password, new X509Certificate[] {sm2Ca.certificate()});
      publish(directory.resolve("demo-ca.pem"), ca.certificate());
      publish(directory.resolve("demo-sm2-ca.pem"), sm2Ca.certificate());
      save(caStore, directory.resolve(CA_STORE));
      LOG.info("已在 {} 生成演示电子印章 CA", directory);
    }
    DemoAuthority.Issued ca = entry(caStore, "ca");
    DemoAuthority.Issued sm2Ca = entry(caStore, "sm2-ca");
    Map<String, Keys> seals = new LinkedHashMap<>();
    for (Bureau bureau : bureaus) {
      seals.put(bureau.id(), bureau(bureau, ca, sm2Ca));
    }
    return new Loaded(seals, earlier(), false);
  }

  private Keys bureau(Bureau bureau, DemoAuthority.Issued ca, DemoAuthority.Issued sm2Ca)
      throws IOException, GeneralSecurityException {
    Path file = directory.resolve(bureau.id() + ".p12");
    KeyStore store = read(file);
    if (store == null) {
      store = store();
      Keys keys = issue(ca, sm2Ca, bureau.name());
      put(store, "pdf", keys.pdfKey(), keys.pdfChain());
      put(store, "sm2", keys.sm2Key(), keys.sm2Chain());
      save(store, file);
      LOG.info("已为 {}（{}）生成演示电子印章证书", bureau.name(), bureau.id());
      return keys;
    }
    boolean renewed = renewIfInvalid(store, "pdf", ca, bureau, false)
        | renewIfInvalid(store, "sm2", sm2Ca, bureau, true);
    if (renewed) {
      save(store, file);
    }
    return new Keys((PrivateKey) store.getKey("pdf", password), chain(store, "pdf"),
        (PrivateKey) store.getKey("sm2", password), chain(store, "sm2"));
  }

  /** Replaces a revoked or expired seal certificate (and its key); the old certificate goes to {@code earlier/}. */
  private boolean renewIfInvalid(KeyStore store, String alias, DemoAuthority.Issued ca, Bureau bureau, boolean sm2)
      throws IOException, GeneralSecurityException {
    X509Certificate current = chain(store, alias).get(0);
    boolean expired = current.getNotAfter().getTime() < System.currentTimeMillis();
    boolean renamed = !current.getSubjectX500Principal().getName().contains("O=" + bureau.name());
    boolean isRevoked = revoked.test(current);
    if (!expired && !renamed && !isRevoked) {
      return false;
    }
    Path earlier = Files.createDirectories(directory.resolve(EARLIER));
    publish(earlier.resolve(bureau.id() + "-" + alias + "-" + Certificates.serial(current) + ".pem"), current);
    DemoAuthority.Issued seal = DemoAuthority.seal(ca, bureau.name(), sm2);
    put(store, alias, seal.key(), List.of(seal.certificate(), ca.certificate()));
    LOG.warn("{}（{}）的演示印章证书 {} 已{}，已换发新证书 {}", bureau.name(), bureau.id(), Certificates.serial(current),
        isRevoked ? "吊销" : expired ? "过期" : "不是现名", Certificates.serial(seal.certificate()));
    return true;
  }

  private static Keys issue(DemoAuthority.Issued ca, DemoAuthority.Issued sm2Ca, String bureauName)
      throws GeneralSecurityException {
    DemoAuthority.Issued pdf = DemoAuthority.seal(ca, bureauName, false);
    DemoAuthority.Issued sm2 = DemoAuthority.seal(sm2Ca, bureauName, true);
    return new Keys(pdf.key(), List.of(pdf.certificate(), ca.certificate()), sm2.key(),
        List.of(sm2.certificate(), sm2Ca.certificate()));
  }

  private List<X509Certificate> earlier() throws IOException, GeneralSecurityException {
    Path folder = directory.resolve(EARLIER);
    List<X509Certificate> certificates = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".pem")).sorted().toList()) {
          certificates.addAll(Certificates.read(file));
        }
      }
    }
    return certificates;
  }

  private char[] password() throws IOException {
    Path file = directory.resolve(PASSWORD);
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      write(file, Base64.getUrlEncoder().withoutPadding().encode(random));
    }
    return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
  }

  private DemoAuthority.Issued entry(KeyStore store, String alias) throws GeneralSecurityException {
    return new DemoAuthority.Issued((PrivateKey) store.getKey(alias, password), chain(store, alias).get(0));
  }

  private static List<X509Certificate> chain(KeyStore store, String alias) throws GeneralSecurityException {
    List<X509Certificate> chain = new ArrayList<>();
    for (var certificate : store.getCertificateChain(alias)) {
      chain.add(Certificates.normalized(certificate));
    }
    return chain;
  }

  private void put(KeyStore store, String alias, PrivateKey key, List<X509Certificate> chain)
      throws GeneralSecurityException {
    store.setKeyEntry(alias, key, password, chain.toArray(X509Certificate[]::new));
  }

  private static KeyStore store() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12", Certificates.bouncyCastle());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    return store;
  }

  private KeyStore read(Path file) throws IOException, GeneralSecurityException {
    if (!Files.exists(file)) {
      return null;
    }
    KeyStore store = KeyStore.getInstance("PKCS12", Certificates.bouncyCastle());
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, password);
    } catch (IOException e) {
      throw new GeneralSecurityException("无法读取 " + file + "（" + PASSWORD + " 是否被更换？） (cannot read " + file
          + "; was " + PASSWORD + " replaced? remove the folder's .p12 files to start afresh)", e);
    }
    return store;
  }

  private void save(KeyStore store, Path file) throws IOException, GeneralSecurityException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, password);
    write(file, out.toByteArray());
  }

  /** A certificate as PEM, readable by anyone (it is public). */
  private void publish(Path file, X509Certificate certificate) throws IOException {
    write(file, Certificates.pem(certificate).getBytes(StandardCharsets.US_ASCII));
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }

  /** Writes a file whole or not at all, readable and writable by the owner only (where the file system has owners). */
  private void write(Path file, byte[] bytes) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), ".new-", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions apply
      }
      Files.write(temporary, bytes);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
