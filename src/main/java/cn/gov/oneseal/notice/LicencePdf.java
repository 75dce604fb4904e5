package cn.gov.oneseal.notice;

import cn.gov.oneseal.seal.QrCode;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The electronic licence's PDF: the licence laid out as the notices are, with its QR code (the verification address)
 * at the foot of the last page, left of the seal — drawn before the document is sealed, so that the seal covers it.
 */
final class LicencePdf {

  /** The QR code's side and its distance from the page's left and bottom edges, in PDF points (about 30 mm). */
  static final float SIZE = 85;
  static final float MARGIN = 72;

  /** The code's dark modules as black rectangles (one per run of a row) on a white square with the quiet zone. */
  private static void drawQrCode(PDPageContentStream content, QrCode.Runs code) throws IOException {
    float module = SIZE / (code.side() + 2 * QrCode.QUIET);
    content.saveGraphicsState();
    content.setNonStrokingColor(1f);
    content.addRect(MARGIN, MARGIN, SIZE, SIZE);
    content.fill();
    content.setNonStrokingColor(0f);
    float top = MARGIN + SIZE - QrCode.QUIET * module;
    for (QrCode.Run run : code.runs()) {
      content.addRect(MARGIN + (QrCode.QUIET + run.column()) * module, top - (run.row() + 1) * module,
          run.length() * module, module);
    }
    content.fill();
    content.restoreGraphicsState();
  }

  /** The QR code of the address, drawn at the foot of the document's last page (for {@link PdfWriter#layOut}). */
  static PdfWriter.LastPage qrCode(String address) {
    QrCode.Runs code = QrCode.runs(address);
    return (document, page) -> {
      try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
          true, true)) {
        drawQrCode(content, code);
      }
    };
  }
}
