package cn.gov.oneseal.notice;

import cn.gov.oneseal.seal.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The electronic licence's PDF: the licence laid out as the notices are, with its QR code (the verification address)
 * at the foot of the last page, left of the seal — drawn before the document is sealed, so that the seal covers it.
 */
final class LicencePdf {

  /** The QR code's side and its distance from the page's left and bottom edges, in PDF points (about 30 mm). */
  static final float SIZE = 85;
  static final float MARGIN = 72;

  private LicencePdf() {}

  static PdfWriter.Written withQrCode(PdfWriter.Written laidOut, String address) {
    try (PDDocument document = Loader.loadPDF(laidOut.pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = document.getPage(document.getNumberOfPages() - 1);
      PDImageXObject qr = PDImageXObject.createFromByteArray(document, QrCode.png(address, 300), "qr.png");
      try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
          true, true)) {
        content.drawImage(qr, MARGIN, MARGIN, SIZE, SIZE);
      }
      document.save(out);
      return new PdfWriter.Written(out.toByteArray(), laidOut.seal());
    } catch (IOException e) {
      throw new UncheckedIOException("电子证照无法生成: " + e.getMessage(), e);
    }
  }
}
