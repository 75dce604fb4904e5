package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

  @Test
  void theCodeReadsBackAsTheVerificationAddress() throws Exception {
    String url = "https://zwfw.example.gov.cn/verify?no=XK-2026-000123&code=7Q4M-9KD2";
    byte[] png = QrCode.png(url, 300);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(300);
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    assertThat(read).isEqualTo(url);
  }

  @Test
  void chineseTextIsEncodedAsUtf8() throws Exception {
    byte[] png = QrCode.png("核验：许可证编号 XK-1", 200);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText()).isEqualTo("核验：许可证编号 XK-1");
  }

  static String decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
  }

  @Test
  void emptyTextIsRefused() {
    assertThatThrownBy(() -> QrCode.png(" ", 200)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("二维码内容不能为空");
  }
}
