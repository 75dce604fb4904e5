package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The QR code's runs drawn as rectangles (as the PDF licence does) and its image (the OFD's), read back by ZXing. */
class QrCodeTest {

  @Test
  void theCodeReadsBackAsTheVerificationAddress() throws Exception {
    String url = "https://zwfw.example.gov.cn/verify?no=XK-2026-000123&code=7Q4M-9KD2";

    assertThat(decode(rectangles(QrCode.runs(url)))).isEqualTo(url);
  }

  @Test
  void chineseTextIsEncodedAsUtf8() throws Exception {
    assertThat(decode(rectangles(QrCode.runs("核验：许可证编号 XK-1")))).isEqualTo("核验：许可证编号 XK-1");
  }

  @Test
  void theRunsCoverExactlyTheDarkModules() {
    boolean[][] modules = QrCode.modules("https://zwfw.example.gov.cn/verify?n=A&c=B");
    boolean[][] covered = new boolean[modules.length][modules.length];
    for (QrCode.Run run : QrCode.runs("https://zwfw.example.gov.cn/verify?n=A&c=B").runs()) {
      for (int x = run.column(); x < run.column() + run.length(); x++) {
        assertThat(covered[run.row()][x]).as("a module covered twice").isFalse();
        covered[run.row()][x] = true;
      }
    }
    assertThat(covered).isDeepEqualTo(modules);
  }

  @Test
  void theImageHasWholePixelsPerModuleAndReadsBack() throws Exception {
    String url = "https://zwfw.example.gov.cn/verify?n=JY13701020012345&c=7Q4M9KD2";
    byte[] png = QrCode.png(url, 8);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo((QrCode.modules(url).length + 2 * QrCode.QUIET) * 8)
        .isEqualTo(image.getHeight());
    assertThat(decode(png)).isEqualTo(url);
  }

  @Test
  void emptyTextIsRefused() {
    assertThatThrownBy(() -> QrCode.runs(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("二维码内容不能为空");
  }

  /** The runs as rectangles in module units, placed after the quiet zone. */
  static List<Rectangle2D> rectangles(QrCode.Runs code) {
    List<Rectangle2D> rectangles = new ArrayList<>();
    for (QrCode.Run run : code.runs()) {
      rectangles.add(new Rectangle2D.Double(QrCode.QUIET + run.column(), QrCode.QUIET + run.row(), run.length(), 1));
    }
    return rectangles;
  }

  /** What a reader scanning the PNG image reads. */
  static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
  }

  /** What a reader scanning the black rectangles (on white, with a margin) reads. */
  static String decode(List<Rectangle2D> rectangles) throws NotFoundException, Exception {
    double right = rectangles.stream().mapToDouble(Rectangle2D::getMaxX).max().orElseThrow();
    double bottom = rectangles.stream().mapToDouble(Rectangle2D::getMaxY).max().orElseThrow();
    double scale = 400 / Math.max(right, bottom);
    int size = 440;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, size, size);
    g.setColor(Color.BLACK);
    g.translate(20, 20);
    g.scale(scale, scale);
    rectangles.forEach(g::fill);
    g.dispose();
    int[] pixels = image.getRGB(0, 0, size, size, null, 0, size);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
        .getText();
  }
}
