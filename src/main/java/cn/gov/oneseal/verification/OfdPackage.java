package cn.gov.oneseal.verification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An uploaded OFD's files (an OFD is a zip), unpacked in memory under limits before any OFD library sees them: at
 * most {@link #MAX_ENTRIES} entries and {@link #MAX_UNPACKED} bytes, counted while decompressing (a zip's headers can
 * claim anything), names relative and without {@code ..}, no name twice, and no XML with a DOCTYPE (an OFD never
 * needs one; it is how external entities get in). A package that breaks a rule is not read further: {@link
 * #problem()} says why, in Chinese. Never throws.
 */
final class OfdPackage {

  /** The most entries (files and folders) a package may have. */
  static final int MAX_ENTRIES = 200;
  /** The most bytes all files together may unpack to. */
  static final long MAX_UNPACKED = 50L << 20;

  /** How this process's temporary folders for OFD packages begin (the process id in it). */
  static final String TEMPORARY_FOLDER = "oneseal-ofd-" + ProcessHandle.current().pid() + "-";

  static final String DAMAGED = "OFD 文件已损坏或不是有效的 OFD 文件，未能核验电子签章";
  static final String TOO_MANY = "OFD 文件包含的文件过多（超过 " + MAX_ENTRIES + " 个），不予解析，未核验电子签章";
  static final String TOO_LARGE = "OFD 文件解压后超过 " + (MAX_UNPACKED >> 20) + " MB，不予解析，未核验电子签章";
  static final String BAD_NAME = "OFD 文件中有不合法的文件路径，不予解析，未核验电子签章";
  static final String DOCTYPE = "OFD 文件的 XML 含有文档类型声明（DOCTYPE），不予解析，未核验电子签章";

  private final Map<String, byte[]> files;
  private final String problem;

  private OfdPackage(Map<String, byte[]> files, String problem) {
    this.files = Collections.unmodifiableMap(files);
    this.problem = problem;
  }

  /** The package in the zip's bytes, or one that says why it was not unpacked. */
  static OfdPackage read(byte[] zip) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    int entries = 0;
    long unpacked = 0;
    byte[] buffer = new byte[16384];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          return refused(TOO_MANY);
        }
        String name = entry.getName();
        if (!allowed(name)) {
          return refused(BAD_NAME);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          unpacked += read;
          if (unpacked > MAX_UNPACKED) {
            return refused(TOO_LARGE);
          }
          content.write(buffer, 0, read);
        }
        if (entry.isDirectory()) {
          continue;
        }
        byte[] bytes = content.toByteArray();
        if (hasDoctype(name, bytes)) {
          return refused(DOCTYPE);
        }
        if (files.put(name, bytes) != null) {
          return refused(BAD_NAME);
        }
      }
    } catch (IOException | RuntimeException damaged) {
      return refused(DAMAGED);
    }
    return files.isEmpty() ? refused(DAMAGED) : new OfdPackage(files, null);
  }

  private static OfdPackage refused(String problem) {
    return new OfdPackage(Map.of(), problem);
  }

  /** Why the package was not unpacked (Chinese), or null when it was. */
  String problem() {
    return problem;
  }

  boolean readable() {
    return problem == null;
  }

  /** The files by name inside the package ({@code Doc_0/Pages/Page_0/Content.xml}), folders left out. */
  Map<String, byte[]> files() {
    return files;
  }

  /**
   * Writes the files into a new temporary folder (the caller deletes it), so that an OFD library reads exactly the
   * files checked here and never unpacks the upload itself.
   */
  Path unpack() throws IOException {
    Path root = Files.createTempDirectory(TEMPORARY_FOLDER);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = root.resolve(file.getKey()).normalize();
      if (!target.startsWith(root)) {
        throw new IOException("outside the package");
      }
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
    return root;
  }

  private static boolean allowed(String name) {
    if (name.isEmpty() || name.length() > 255 || name.startsWith("/") || name.contains("\\") || name.contains(":")
        || name.indexOf('\0') >= 0) {
      return false;
    }
    String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** A DOCTYPE or ENTITY declaration anywhere; for XML also a wide encoding (NUL bytes), which would hide one. */
  private static boolean hasDoctype(String name, byte[] bytes) {
    boolean xml = name.toLowerCase(Locale.ROOT).endsWith(".xml");
    for (int i = 0; i < bytes.length; i++) {
      if (xml && bytes[i] == 0) {
        return true;
      }
      if (bytes[i] == '<' && i + 1 < bytes.length && bytes[i + 1] == '!'
          && (declares(bytes, i + 2, "DOCTYPE") || declares(bytes, i + 2, "ENTITY"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean declares(byte[] bytes, int from, String word) {
    if (from + word.length() > bytes.length) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toUpperCase((char) (bytes[from + k] & 0xff)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
