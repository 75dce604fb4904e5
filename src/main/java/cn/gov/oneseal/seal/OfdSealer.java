package cn.gov.oneseal.seal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.ofdrw.gm.ses.v4.SESeal;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.springframework.stereotype.Component;

/**
 * Seals an OFD document with the bureau's electronic seal to GB/T 38540-2020 (SM2/SM3): the seal ({@link
 * OfdSealMaker}) goes into an electronic seal signature (SES_Signature v4) over the document's signature file, which
 * protects every file of the document (ofdrw's {@link SignMode#WholeProtected}), and the seal's image is stamped on
 * the page. ofdrw's own validator ({@code OFDValidator} with {@code SESV4ValidateContainer}) verifies the result.
 */
@Component
public class OfdSealer {

  private final OfdSealMaker maker = new OfdSealMaker();
  private final Map<String, Prepared> seals = new ConcurrentHashMap<>();

  /** A bureau's electronic seal of one size with its SM2 key, made once. */
  private record Prepared(SESeal seal, ECPrivateKeyParameters key) {
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
   * Seals the OFD document with the bureau's seal, its image stamped at x, y (mm from the page's top left), size mm
   * wide and high, on the page (1 = the first).
   */
  public byte[] seal(byte[] ofd, BureauSeal seal, int page, double x, double y, double size) {
    if (ofd == null || ofd.length == 0) {
      throw new IllegalArgumentException("待签章的 OFD 文档为空");
    }
    Prepared prepared = seals.computeIfAbsent(OfdSealMaker.key(seal) + "@" + size,
        key -> new Prepared(maker.make(seal, size), OfdSealSignature.signingKey(seal.sm2Key())));
    ByteArrayOutputStream out = new ByteArrayOutputStream(ofd.length + 65536);
    try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
        OFDSigner signer = new OFDSigner(reader, out)) {
      signer.setSignMode(SignMode.WholeProtected);
      signer.setSignContainer(new OfdSealSignature(prepared.key(), prepared.seal(), seal.sm2Certificate()));
      signer.addApPos(new NormalStampPos(page, x, y, size, size));
      signer.exeSign();
    } catch (IOException e) {
      throw new UncheckedIOException("OFD 文档无法签章: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("OFD 文档无法签章（SM2 签名失败）: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}
