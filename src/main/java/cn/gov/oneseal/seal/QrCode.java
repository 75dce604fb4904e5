package cn.gov.oneseal.seal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The QR code printed on a licence (PDF and OFD): black modules on white, error correction level M, a quiet zone of
 * two modules, as a PNG image (the OFD) or as its modules (the PDF draws them as vector squares: sharp at any zoom,
 * and no image to decode and re-encode).
 */
public final class QrCode {

  private QrCode() {
  }

  /**
   * The QR code of the text as a PNG image of size x size pixels.
   *
   * @param text what the code says (the verification address), UTF-8
   * @param size the image's width and height in pixels (at least 21 + the quiet zone)
   */
  public static byte[] png(String text, int size) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("二维码内容不能为空");
    }
    if (size < 25) {
      throw new IllegalArgumentException("二维码图像至少 25 像素");
    }
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, size, size,
          Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.MARGIN, 2));
      int width = matrix.getWidth();
      BufferedImage image = new BufferedImage(width, matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
      WritableRaster raster = image.getRaster();
      int[] row = new int[width];
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < width; x++) {
          row[x] = matrix.get(x, y) ? 0 : 1;
        }
        raster.setPixels(0, y, width, 1, row);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
        ImageIO.write(image, "png", stream);
      }
      return out.toByteArray();
    } catch (WriterException e) {
      throw new IllegalArgumentException("二维码内容过长，无法生成二维码", e);
    } catch (IOException e) {
      throw new UncheckedIOException("二维码图像无法生成", e);
    }
  }

  /**
   * The QR code's modules, true for dark, without the quiet zone (a document drawing it as vector squares leaves two
   * modules' width free around it) — the same code as {@link #png}.
   */
  public static boolean[][] modules(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("二维码内容不能为空");
    }
    try {
      ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
          .getMatrix();
      boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          modules[y][x] = matrix.get(x, y) == 1;
        }
      }
      return modules;
    } catch (WriterException e) {
      throw new IllegalArgumentException("二维码内容过长，无法生成二维码", e);
    }
  }
}
