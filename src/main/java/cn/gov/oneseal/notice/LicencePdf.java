package cn.gov.oneseal.notice;

import cn.gov.oneseal.seal.QrCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The electronic licence's PDF: the licence laid out as the notices are, with its QR code (the verification address)
 * at the foot of the last page, left of the seal — drawn before the document is sealed, so that the seal covers it.
 */
final class LicencePdf {

  /** The QR code's side and its distance from the page's left and bottom edges, in PDF points (about 30 mm). */
  static final float SIZE = 85;
  static final float MARGIN = 72;

  /** The quiet zone around the code, in modules. */
  private static final int QUIET = 2;

  private LicencePdf() {}

  /** The code's dark modules as black squares (each row's runs as one rectangle) on a white square with the quiet zone. */
  private static void drawQrCode(PDPageContentStream content, boolean[][] modules) throws IOException {
    float module = SIZE / (modules.length + 2 * QUIET);
    content.saveGraphicsState();
    content.setNonStrokingColor(1f);
    content.addRect(MARGIN, MARGIN, SIZE, SIZE);
    content.fill();
    content.setNonStrokingColor(0f);
    float top = MARGIN + SIZE - QUIET * module;
    for (int y = 0; y < modules.length; y++) {
      for (int x = 0; x < modules[y].length; x++) {
        if (modules[y][x]) {
          int run = x;
          while (run < modules[y].length && modules[y][run]) {
            run++;
          }
          content.addRect(MARGIN + (QUIET + x) * module, top - (y + 1) * module, (run - x) * module, module);
          x = run;
        }
      }
    }
    content.fill();
    content.restoreGraphicsState();
  }

  static PdfWriter.Written withQrCode(PdfWriter.Written laidOut, String address) {
    try (PDDocument document = Loader.loadPDF(laidOut.pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = document.getPage(document.getNumberOfPages() - 1);
      try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
          true, true)) {
        drawQrCode(content, QrCode.modules(address));
      }
      document.save(out);
      return new PdfWriter.Written(out.toByteArray(), laidOut.seal());
    } catch (IOException e) {
      throw new UncheckedIOException("电子证照无法生成: " + e.getMessage(), e);
    }
  }
}
