package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The seal's image: a red round seal on a transparent background, drawn from each bureau's name. */
class SealImageTest {

  @ParameterizedTest
  @ValueSource(strings = {"某市行政审批服务局", "某市甲县行政审批局", "某市乙县行政审批局", "某自治州某某县行政审批服务局"})
  void eachBureauGetsARedRoundSealOnATransparentBackground(String name) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(SealImage.png(name, false)));
    assertThat(image.getWidth()).isEqualTo(400);
    assertThat(image.getHeight()).isEqualTo(400);
    // the corners are transparent, outside the ring
    assertThat(image.getRGB(0, 0) >>> 24).isZero();
    assertThat(image.getRGB(399, 399) >>> 24).isZero();
    // the ring is red, left, right, top and bottom
    for (int[] point : new int[][] {{16, 200}, {384, 200}, {200, 16}, {200, 384}}) {
      assertThat(red(image.getRGB(point[0], point[1]))).as("ring at %d,%d", point[0], point[1]).isTrue();
    }
    // the star's middle is red
    assertThat(red(image.getRGB(200, 192))).isTrue();
    // and the name is written along the upper arc: red pixels between ring and star
    assertThat(redPixels(image, 40, 30, 360, 120)).isGreaterThan(2000);
    // and 行政审批专用章 below the star
    assertThat(redPixels(image, 90, 270, 310, 310)).isGreaterThan(800);
  }

  @Test
  void differentBureausGetDifferentSeals() {
    assertThat(SealImage.png("某市甲县行政审批局", false)).isNotEqualTo(SealImage.png("某市乙县行政审批局", false));
    assertThat(SealImage.png("某市甲县行政审批局", false)).isEqualTo(SealImage.png("某市甲县行政审批局", false));
  }

  @Test
  void aDemoSealHas演示AcrossIt() throws IOException {
    BufferedImage real = ImageIO.read(new ByteArrayInputStream(SealImage.png("某市行政审批服务局", false)));
    BufferedImage demo = ImageIO.read(new ByteArrayInputStream(SealImage.png("某市行政审批服务局", true)));
    // the big 演示 covers much of the middle that the real seal leaves empty
    assertThat(redPixels(demo, 60, 120, 340, 280)).isGreaterThan(redPixels(real, 60, 120, 340, 280) + 5000);
  }

  @Test
  void aSealNeedsAName() {
    assertThatThrownBy(() -> SealImage.png(" ", false)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int redPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int x = x0; x < x1; x++) {
      for (int y = y0; y < y1; y++) {
        if (red(image.getRGB(x, y))) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean red(int argb) {
    int alpha = argb >>> 24;
    int r = (argb >> 16) & 0xff;
    int g = (argb >> 8) & 0xff;
    int b = argb & 0xff;
    return alpha > 100 && r > 150 && g < 80 && b < 80;
  }
}
