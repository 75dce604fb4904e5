package cn.gov.oneseal.seal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The QR code printed on a licence (PDF and OFD): black modules on white, error correction level M, with a quiet zone
 * of {@link #QUIET} modules. The PDF draws its dark modules as vector rectangles, one per run of a row ({@link #runs}):
 * sharp at any zoom. The OFD takes it as a black-and-white PNG image of whole pixels per module ({@link #png}):
 * ofdrw writes a path's whole text again for each operation, so a code's some 400 rectangles cost the OFD more than
 * the rest of the page (about 25 ms against 2 ms for the image).
 */
public final class QrCode {

  /** The quiet zone a document leaves free around the code, in modules. */
  public static final int QUIET = 2;

  private QrCode() {
  }

  /** A run of dark modules in a row of the code: the row (0 = top), the first module's column and how many. */
  public record Run(int row, int column, int length) {
  }

  /**
   * The code's dark modules as runs along its rows, and its side in modules (without the quiet zone) — what a
   * document draws as rectangles.
   */
  public record Runs(int side, List<Run> runs) {
  }

  /**
   * The QR code of the text as a black-and-white PNG image, {@code pixelsPerModule} pixels for each module, with the
   * quiet zone.
   */
  public static byte[] png(String text, int pixelsPerModule) {
    if (pixelsPerModule < 1 || pixelsPerModule > 32) {
      throw new IllegalArgumentException("二维码每个模块 1 至 32 像素");
    }
    boolean[][] modules = modules(text);
    int side = (modules.length + 2 * QUIET) * pixelsPerModule;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    WritableRaster raster = image.getRaster();
    int[] row = new int[side];
    for (int y = 0; y < side; y++) {
      int moduleRow = y / pixelsPerModule - QUIET;
      for (int x = 0; x < side; x++) {
        int moduleColumn = x / pixelsPerModule - QUIET;
        boolean dark = moduleRow >= 0 && moduleRow < modules.length && moduleColumn >= 0
            && moduleColumn < modules.length && modules[moduleRow][moduleColumn];
        row[x] = dark ? 0 : 1;
      }
      raster.setPixels(0, y, side, 1, row);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageIO.write(image, "png", stream);
    } catch (IOException e) {
      throw new UncheckedIOException("二维码图像无法生成", e);
    }
    return out.toByteArray();
  }

  /** The QR code of the text as runs of dark modules (see {@link #modules}). */
  public static Runs runs(String text) {
    boolean[][] modules = modules(text);
    List<Run> runs = new ArrayList<>();
    for (int y = 0; y < modules.length; y++) {
      int x = 0;
      while (x < modules[y].length) {
        if (!modules[y][x]) {
          x++;
          continue;
        }
        int end = x;
        while (end < modules[y].length && modules[y][end]) {
          end++;
        }
        runs.add(new Run(y, x, end - x));
        x = end;
      }
    }
    return new Runs(modules.length, List.copyOf(runs));
  }

  /**
   * The QR code's modules, true for dark, without the quiet zone (a document drawing it leaves {@link #QUIET}
   * modules' width free around it).
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
