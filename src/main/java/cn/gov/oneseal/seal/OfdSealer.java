package cn.gov.oneseal.seal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.ofdrw.gm.ses.v4.SESeal;
import org.springframework.stereotype.Component;

/**
 * Seals an OFD document the bureau rendered ({@link OfdLicence}) with the bureau's electronic seal to GB/T 38540-2020
 * (SM2/SM3), in memory: the seal ({@link OfdSealMaker}, {@code Seal.esl}), the signature list ({@code
 * Signatures.xml}, named in {@code OFD.xml}), the signature file ({@code Signature.xml}: the seal, the stamp's place
 * on the page, and the SM3 digest of every other file of the package — the whole document protected) and the
 * electronic seal signature over it ({@link OfdSealSignature}, {@code SignedValue.dat}) — the package ofdrw's {@code
 * OFDSigner} writes in {@code WholeProtected} mode, which ofdrw's own validator ({@code OFDValidator} with {@code
 * SESV4ValidateContainer}) verifies. ofdrw's signer unpacks the document into a temporary folder, parses it and packs
 * it again, most of a licence's sealing time; the documents sealed here are the bureau's own, unsigned.
 */
@Component
public class OfdSealer {

  static final String SIGNS = "Signs/";
  static final String SIGN = SIGNS + "Sign_0/";
  private static final String NS = "http://www.ofdspec.org/2016";
  private static final int MAX_ENTRIES = 200;
  private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Pattern DOC_ROOT = Pattern.compile("<ofd:DocRoot>([^<]+)</ofd:DocRoot>");
  private static final Pattern PAGE = Pattern.compile("<ofd:Page\\s+ID=\"(\\d+)\"");

  private final OfdSealMaker maker = new OfdSealMaker();
  private final Map<String, Prepared> seals = new ConcurrentHashMap<>();

  /** A bureau's electronic seal of one size with its SM2 key, made once. */
  private record Prepared(SESeal seal, byte[] sealFile, ECPrivateKeyParameters key) {
  }

  static {
    OfdXml.secure();
  }

  /** Seals the licence rendered by {@link OfdLicence}: the stamp over the bureau's name and date on page 1. */
  public byte[] seal(byte[] ofd, BureauSeal seal) {
    double[] area = OfdLicence.SEAL_AREA;
    return seal(ofd, seal, 1, area[0], area[1], area[2]);
  }

  /**
   * Seals the (unsigned) OFD document with the bureau's seal, its image stamped at x, y (mm from the page's top left),
   * size mm wide and high, on the page (1 = the first).
   */
  public byte[] seal(byte[] ofd, BureauSeal seal, int page, double x, double y, double size) {
    if (ofd == null || ofd.length == 0) {
      throw new IllegalArgumentException("待签章的 OFD 文档为空");
    }
    Prepared prepared = seals.computeIfAbsent(OfdSealMaker.key(seal) + "@" + size, key -> prepare(seal, size));
    try {
      Map<String, byte[]> files = unzip(ofd);
      String main = text(files, "OFD.xml");
      if (main.contains("<ofd:Signatures>")) {
        throw new IllegalArgumentException("OFD 文档已有签名，不能再次签章");
      }
      String docRoot = find(DOC_ROOT, main, "OFD.xml 没有 DocRoot").trim();
      String doc = docRoot.contains("/") ? docRoot.substring(0, docRoot.lastIndexOf('/') + 1) : "";
      String pageId = pageId(text(files, docRoot), page);
      String signs = "/" + doc + SIGNS;
      String sign = "/" + doc + SIGN;

      files.put(doc + SIGN + "Seal.esl", prepared.sealFile());
      files.put(doc + SIGNS + "Signatures.xml", xml("<ofd:Signatures xmlns:ofd=\"" + NS + "\"><ofd:Signature ID=\"1\" "
          + "Type=\"Seal\" BaseLoc=\"" + sign + "Signature.xml\"/><ofd:MaxSignId>2</ofd:MaxSignId></ofd:Signatures>"));
      files.put("OFD.xml", main.replace("</ofd:DocRoot>", "</ofd:DocRoot><ofd:Signatures>" + signs
          + "Signatures.xml</ofd:Signatures>").getBytes(StandardCharsets.UTF_8));
      StringBuilder references = new StringBuilder("<ofd:References CheckMethod=\"SM3\">");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        references.append("<ofd:Reference FileRef=\"/").append(file.getKey()).append("\"><ofd:CheckValue>")
            .append(Base64.getEncoder().encodeToString(sm3(file.getValue()))).append("</ofd:CheckValue></ofd:Reference>");
      }
      references.append("</ofd:References>");
      byte[] signature = xml("<ofd:Signature xmlns:ofd=\"" + NS + "\"><ofd:SignedValue>" + sign + "SignedValue.dat"
          + "</ofd:SignedValue><ofd:SignedInfo><ofd:Provider ProviderName=\"OneSeal\" Company=\"OneSeal\" Version=\"1\"/>"
          + "<ofd:SignatureMethod>" + GMObjectIdentifiers.sm2sign_with_sm3.getId() + "</ofd:SignatureMethod>"
          + "<ofd:SignatureDateTime>" + SIGNED_AT.format(LocalDateTime.now()) + "</ofd:SignatureDateTime>"
          + "<ofd:Seal><ofd:BaseLoc>" + sign + "Seal.esl</ofd:BaseLoc></ofd:Seal>"
          + "<ofd:StampAnnot ID=\"2\" Boundary=\"" + number(x) + " " + number(y) + " " + number(size) + " "
          + number(size) + "\" PageRef=\"" + pageId + "\"/>" + references + "</ofd:SignedInfo></ofd:Signature>");
      files.put(doc + SIGN + "Signature.xml", signature);
      files.put(doc + SIGN + "SignedValue.dat", new OfdSealSignature(prepared.key(), prepared.seal(),
          seal.sm2Certificate()).sign(new ByteArrayInputStream(signature), sign + "Signature.xml"));
      return zip(files);
    } catch (IOException e) {
      throw new UncheckedIOException("OFD 文档无法签章: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("OFD 文档无法签章（SM2 签名失败）: " + e.getMessage(), e);
    }
  }

  private Prepared prepare(BureauSeal seal, double size) {
    SESeal electronicSeal = maker.make(seal, size);
    try {
      return new Prepared(electronicSeal, electronicSeal.getEncoded("DER"),
          OfdSealSignature.signingKey(seal.sm2Key()));
    } catch (IOException e) {
      throw new UncheckedIOException("电子印章无法编码: " + e.getMessage(), e);
    }
  }

  private static String pageId(String document, int page) {
    Matcher pages = PAGE.matcher(document);
    for (int i = 1; pages.find(); i++) {
      if (i == page) {
        return pages.group(1);
      }
    }
    throw new IllegalArgumentException("OFD 文档没有第 " + page + " 页");
  }

  private static String find(Pattern pattern, String text, String problem) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalArgumentException(problem);
    }
    return matcher.group(1);
  }

  private static String text(Map<String, byte[]> files, String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      throw new IllegalArgumentException("OFD 文档缺少 " + name);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] xml(String root) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root).getBytes(StandardCharsets.UTF_8);
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static byte[] sm3(byte[] data) {
    MessageDigest digest = new org.bouncycastle.jcajce.provider.digest.SM3.Digest();
    return digest.digest(data);
  }

  private static Map<String, byte[]> unzip(byte[] ofd) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ofd), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          if (files.size() >= MAX_ENTRIES) {
            throw new IllegalArgumentException("OFD 文档的文件过多");
          }
          files.put(entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName(),
              in.readAllBytes());
        }
      }
    }
    return files;
  }

  private static byte[] zip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
