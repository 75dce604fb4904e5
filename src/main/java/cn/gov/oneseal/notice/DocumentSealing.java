package cn.gov.oneseal.notice;

import cn.gov.oneseal.seal.PadesSigner;
import cn.gov.oneseal.seal.Seals;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * 一颗印章: every document is sealed at issue with its bureau's current seal — PAdES (B-B; B-T with a configured
 * time-stamp authority), the seal's image over the bureau's name and date where the document prints them. The sealed
 * bytes are what is stored and delivered; a document is never sealed again or re-rendered. Sealing that fails fails
 * the issue (the step's transaction rolls back): never an unsealed document.
 */
@Component
public class DocumentSealing {

  private final Seals seals;
  private final PadesSigner signer;

  public DocumentSealing(Seals seals, PadesSigner signer) {
    this.seals = seals;
    this.signer = signer;
  }

  /** The laid-out document sealed by the bureau, with the document's title as the signature's reason. */
  public byte[] seal(String bureauId, PdfWriter.Written document, String title, Date issuedAt) {
    return signer.sign(document.pdf(), seals.current(bureauId), document.seal(), "行政审批专用章：" + title, issuedAt);
  }
}
