package cn.gov.oneseal.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Revoked seal certificates by serial number (hex): those configured, and those in a revocation file (one a line,
 * {@code #} comments), which is read again whenever it changes — an operator revokes a certificate without a
 * restart.
 */
final class Revocations {

  private final Set<String> configured = new HashSet<>();
  private final Path file;
  private FileTime readAt;
  private long readSize = -1;
  private Set<String> listed = Set.of();

  Revocations(Collection<String> serials, Path file) {
    for (String serial : serials) {
      String parsed = Certificates.parseSerial(serial);
      if (parsed == null) {
        throw new SealConfigurationException("oneseal.seals.revoked: 不是十六进制证书序列号 (not a hex serial number): "
            + serial, null);
      }
      configured.add(parsed);
    }
    this.file = file;
  }

  boolean revoked(X509Certificate certificate) {
    String serial = Certificates.serial(certificate);
    return configured.contains(serial) || listed().contains(serial);
  }

  private synchronized Set<String> listed() {
    if (file == null || !Files.exists(file)) {
      return Set.of();
    }
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      long size = Files.size(file);
      if (!Objects.equals(modified, readAt) || size != readSize) {
        Set<String> serials = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
          String serial = Certificates.parseSerial(line);
          if (serial != null) {
            serials.add(serial);
          }
        }
        listed = Set.copyOf(serials);
        readAt = modified;
        readSize = size;
      }
      return listed;
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取吊销列表 " + file, e);
    }
  }
}
