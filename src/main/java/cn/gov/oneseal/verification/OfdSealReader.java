package cn.gov.oneseal.verification;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.seal.OfdXml;
import cn.gov.oneseal.seal.Seals;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bouncycastle.jcajce.provider.digest.SM3;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ofdrw.core.basicStructure.ofd.DocBody;
import org.ofdrw.core.basicType.ST_Loc;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.core.signatures.Signatures;
import org.ofdrw.core.signatures.range.Reference;
import org.ofdrw.core.signatures.range.References;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.pkg.container.OFDDir;
import org.ofdrw.reader.ResourceLocator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The electronic seals (GB/T 38540 SES_Signature v4, SM2/SM3) of an OFD as a verifier sees them, what ofdrw's {@code
 * OFDValidator} with {@code SESV4ValidateContainer} checks but for each signature on its own: every protected file's
 * digest against the signature file ({@code Signature.xml}), the SM3 digest of the signature file against the one the
 * seal signed, the SM2 signature with the signer certificate, the seal file ({@code Seal.esl}) against the seal in the
 * signature and the seal maker's signature over the seal. Then, as for a PDF ({@link SealReader}): the signer
 * certificate, whether it chains to a bureau CA, revoked, expired, and whether every file of the package but the
 * signature's own is protected. Reads only a checked package ({@link OfdPackage}), from a temporary folder deleted
 * afterwards, with ofdrw's package classes; never throws.
 */
@Component
class OfdSealReader {

  static final String UNPARSABLE = "OFD 文件结构无法解析，未能核验电子签章";
  /** The most signatures read (each costs digests and SM2 verifications). */
  static final int MAX_SIGNATURES = 20;
  /** The largest OFD.xml, Signatures.xml or Signature.xml parsed (ofdrw parses them whole, into a DOM). */
  static final int MAX_XML = 1 << 20;

  static {
    OfdXml.secure(); // ofdrw's plain SAXReader resolves external entities: not for uploads
  }

  /** The seals found, or why none could be read (Chinese), null when the package was read. */
  record Reading(List<VerificationAnswer.Seal> seals, String problem) {}

  private final ObjectProvider<Seals> seals;

  OfdSealReader(ObjectProvider<Seals> seals) {
    this.seals = seals;
  }

  /**
   * The seals of the package; {@code issuedAt} is the time the bureau recorded the document's issue (null when the
   * file is not an issued one: the seal signature's own time is used), at which the certificate's validity is judged.
   */
  Reading read(OfdPackage ofd, Date issuedAt) {
    if (!ofd.readable()) {
      return new Reading(List.of(), ofd.problem());
    }
    Path root = null;
    try {
      root = ofd.unpack();
      return new Reading(signatures(new OFDDir(root), root, ofd.files(), issuedAt), null);
    } catch (Exception | StackOverflowError unreadable) {
      return new Reading(List.of(), UNPARSABLE);
    } finally {
      delete(root);
    }
  }

  /**
   * The signatures listed by the first document's signature list. Only the three small files that lead to the
   * signatures are parsed (an {@code OFDReader} would also parse the document and its resources, whatever their size).
   */
  private List<VerificationAnswer.Seal> signatures(OFDDir ofdDir, Path root, Map<String, byte[]> files,
      Date issuedAt) throws Exception {
    small(files, OFDDir.OFDFileName);
    DocBody body = ofdDir.getOfd().getDocBody();
    if (body == null) {
      throw new IOException("no DocBody");
    }
    if (body.getSignatures() == null) {
      return List.of();
    }
    ResourceLocator locator = new ResourceLocator(ofdDir);
    ST_Loc listLoc = ST_Loc.getInstance(locator.toAbsolutePath(body.getSignatures()));
    locator.save();
    try {
      small(files, name(root, locator.getFile(listLoc)));
      Signatures list = locator.get(listLoc, Signatures::new);
      locator.cd(listLoc.parent());
      List<VerificationAnswer.Seal> found = new ArrayList<>();
      Map<String, byte[]> digests = new HashMap<>();
      List<org.ofdrw.core.signatures.Signature> records = list.getSignatures();
      for (org.ofdrw.core.signatures.Signature record : records == null ? List.<org.ofdrw.core.signatures.Signature>of()
          : records.subList(0, Math.min(records.size(), MAX_SIGNATURES))) {
        locator.save();
        try {
          found.add(seal(record, locator, root, files, digests, issuedAt));
        } finally {
          locator.restore();
        }
      }
      return found;
    } finally {
      locator.restore();
    }
  }

  private VerificationAnswer.Seal seal(org.ofdrw.core.signatures.Signature record, ResourceLocator locator, Path root,
      Map<String, byte[]> files, Map<String, byte[]> digests, Date issuedAt) {
    String signedAt = null;
    try {
      ST_Loc loc = record.getBaseLoc();
      String signatureFile = small(files, name(root, locator.getFile(loc)));
      org.ofdrw.core.signatures.sig.Signature signature = locator.get(loc,
          org.ofdrw.core.signatures.sig.Signature::new);
      locator.cd(loc.parent());
      byte[] signedValue = files.get(name(root, locator.getFile(signature.getSignedValue())));
      SES_Signature ses = SES_Signature.getInstance(signedValue);
      Date claimed = ses.getToSign().getTimeInfo() == null ? null : ses.getToSign().getTimeInfo().getDate();
      if (claimed != null) {
        signedAt = SealReader.SIGNED_AT.format(claimed.toInstant().atZone(WorkingDayCalendar.ZONE));
      }
      X509Certificate certificate = certificate(ses.getCert().getOctets());
      Set<String> covered = new HashSet<>();
      boolean intact = (record.getType() == null || record.getType() == SigType.Seal)
          & referencesMatch(signature.getSignedInfo().getReferences(), locator, root, files, digests, covered)
          & signedValueMatches(ses, files.get(signatureFile), certificate)
          & sealMatches(signature, ses, locator, root, files);
      String own = signatureFile.contains("/") ? signatureFile.substring(0, signatureFile.lastIndexOf('/') + 1)
          : signatureFile;
      boolean whole = files.keySet().stream().filter(file -> !file.startsWith(own) && !file.equals(own))
          .allMatch(covered::contains);
      List<X509Certificate> included = new ArrayList<>(List.of(certificate));
      sealCertificate(ses).ifPresent(included::add);
      Seals known = seals.getIfAvailable();
      boolean trusted = known != null && SealChains.chains(certificate, included, known);
      boolean revoked = known != null && known.revoked(certificate);
      Date now = ClockUtil.getCurrentTime();
      boolean expired = now.after(certificate.getNotAfter());
      Date signingTime = issuedAt != null ? issuedAt : claimed == null ? now : claimed;
      boolean expiredWhenSigned = signingTime.after(certificate.getNotAfter());
      return new VerificationAnswer.Seal(certificate.getSubjectX500Principal().getName(),
          certificate.getIssuerX500Principal().getName(), certificate.getSerialNumber().toString(16),
          SealReader.day(certificate.getNotBefore()), SealReader.day(certificate.getNotAfter()), signedAt, intact,
          whole, trusted, revoked, expired,
          SealReader.state(intact, whole, trusted, revoked, expiredWhenSigned, expired, known != null));
    } catch (Exception | StackOverflowError e) {
      return SealReader.unreadable(signedAt);
    }
  }

  /**
   * Each protected file's digest as the signature file records it (no more references than a package has files);
   * the files' names go into covered.
   */
  private static boolean referencesMatch(References references, ResourceLocator locator, Path root,
      Map<String, byte[]> files, Map<String, byte[]> digests, Set<String> covered) {
    try {
      if (references.getReferences().size() > OfdPackage.MAX_ENTRIES) {
        return false;
      }
      String method = references.getCheckMethod();
      boolean all = true;
      for (Reference reference : references.getReferences()) {
        String file = name(root, locator.getFile(reference.getFileRef()));
        byte[] digest = digests.get(method + "\n" + file);
        if (digest == null) {
          digest = MessageDigest.getInstance(method, SealChains.BC).digest(files.get(file));
          digests.put(method + "\n" + file, digest);
        }
        if (Arrays.equals(digest, reference.getCheckValue())) {
          covered.add(file);
        } else {
          all = false;
        }
      }
      return all;
    } catch (Exception | StackOverflowError unreadable) {
      return false;
    }
  }

  /** The seal signed the signature file's SM3 digest, with the signer certificate's key. */
  private static boolean signedValueMatches(SES_Signature ses, byte[] signatureFile, X509Certificate certificate) {
    try {
      if (!Arrays.equals(new SM3.Digest().digest(signatureFile), ses.getToSign().getDataHash().getOctets())) {
        return false;
      }
      Signature verifier = Signature.getInstance(ses.getSignatureAlgID().getId(), SealChains.BC);
      verifier.initVerify(certificate);
      verifier.update(ses.getToSign().getEncoded("DER"));
      return verifier.verify(ses.getSignature().getOctets());
    } catch (Exception invalid) {
      return false;
    }
  }

  /** The seal file, when the signature names one, is the seal in the signature; the seal's maker signed the seal. */
  private static boolean sealMatches(org.ofdrw.core.signatures.sig.Signature signature, SES_Signature ses,
      ResourceLocator locator, Path root, Map<String, byte[]> files) {
    try {
      SESeal seal = ses.getToSign().getEseal();
      var sealFile = signature.getSignedInfo().getSeal();
      if (sealFile != null && !Arrays.equals(files.get(name(root, locator.getFile(sealFile.getBaseLoc()))),
          seal.getEncoded("DER"))) {
        return false;
      }
      Signature maker = Signature.getInstance(seal.getSignAlgID().getId(), SealChains.BC);
      maker.initVerify(certificate(seal.getCert().getOctets()));
      maker.update(seal.geteSealInfo().getEncoded("DER"));
      return maker.verify(seal.getSignedValue().getBytes());
    } catch (Exception invalid) {
      return false;
    }
  }

  private static java.util.Optional<X509Certificate> sealCertificate(SES_Signature ses) {
    try {
      return java.util.Optional.of(certificate(ses.getToSign().getEseal().getCert().getOctets()));
    } catch (Exception unreadable) {
      return java.util.Optional.empty();
    }
  }

  private static X509Certificate certificate(byte[] der) throws Exception {
    return (X509Certificate) CertificateFactory.getInstance("X.509", SealChains.BC)
        .generateCertificate(new ByteArrayInputStream(der));
  }

  /** A file's name inside the package, as {@link OfdPackage#files()} keys it; refuses anything outside. */
  private static String name(Path root, Path file) throws IOException {
    Path inside = root.relativize(file.normalize());
    if (inside.startsWith("..") || inside.isAbsolute()) {
      throw new IOException("outside the package");
    }
    return inside.toString().replace('\\', '/');
  }

  /** The name, when the file is at most {@link #MAX_XML} bytes (else it is not parsed). */
  private static String small(Map<String, byte[]> files, String name) throws IOException {
    byte[] file = files.get(name);
    if (file != null && file.length > MAX_XML) {
      throw new IOException(name + " too large to parse");
    }
    return name;
  }

  private static void delete(Path root) {
    if (root != null) {
      try {
        FileSystemUtils.deleteRecursively(root);
      } catch (IOException | RuntimeException left) {
        // not deletable (e.g. a full disk): it stays in the temporary directory; the answer is not affected
      }
    }
  }
}
