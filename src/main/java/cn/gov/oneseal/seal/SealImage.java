package cn.gov.oneseal.seal;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The image of a bureau's seal (行政审批专用章) as on paper, drawn from the bureau's name: a red ring, the name along
 * its upper arc, a five-pointed star in the middle and 行政审批专用章 below it; a demo seal has 演示 across it. PNG,
 * {@value #SIZE} px square (about 34 mm at 300 dpi), transparent background, in Noto Sans SC (the font the notices
 * embed).
 */
public final class SealImage {

  static final int SIZE = 400;
  /** The seal's red (印泥红). */
  static final Color RED = new Color(0xD7, 0x00, 0x0F);
  private static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final String SEAL_TITLE = "行政审批专用章";
  private static volatile Font font;

  private SealImage() {}

  /** The seal of the bureau of this name as PNG; with 演示 across it for a demo seal. */
  public static byte[] png(String bureauName, boolean demo) {
    if (bureauName == null || bureauName.isBlank()) {
      throw new IllegalArgumentException("印章须有行政审批局名称");
    }
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(RED);
      double center = SIZE / 2.0;
      g.setStroke(new BasicStroke(12f));
      g.draw(new java.awt.geom.Ellipse2D.Double(10, 10, SIZE - 20, SIZE - 20));
      drawName(g, bureauName.strip(), center);
      g.fill(star(center, center - 8, 62));
      g.setFont(font().deriveFont(Font.BOLD, 28f));
      drawCentered(g, SEAL_TITLE, center, center + 114);
      if (demo) {
        drawDemo(g, center);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The name along the upper arc, left to right, each character upright towards the ring. */
  private static void drawName(Graphics2D g, String name, double center) {
    int count = name.codePointCount(0, name.length());
    float size = count <= 10 ? 46f : Math.max(26f, 46f * 10 / count);
    g.setFont(font().deriveFont(Font.BOLD, size));
    FontMetrics metrics = g.getFontMetrics();
    double baseline = 174 - metrics.getAscent() * 0.88;
    double span = Math.toRadians(Math.min(210, 24.0 * count));
    double step = count > 1 ? span / (count - 1) : 0;
    double angle = -span / 2;
    AffineTransform original = g.getTransform();
    for (int i = 0, offset = 0; i < count; i++) {
      int codePoint = name.codePointAt(offset);
      String character = new String(Character.toChars(codePoint));
      offset += Character.charCount(codePoint);
      g.translate(center, center);
      g.rotate(angle);
      g.drawString(character, (float) (-metrics.stringWidth(character) / 2.0), (float) -baseline);
      g.setTransform(original);
      angle += step;
    }
  }

  private static Path2D star(double x, double y, double radius) {
    Path2D star = new Path2D.Double();
    double inner = radius * 0.382;
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? radius : inner;
      double a = Math.PI / 5 * i - Math.PI / 2;
      if (i == 0) {
        star.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
      } else {
        star.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
      }
    }
    star.closePath();
    return star;
  }

  /** 演示 across the seal, half transparent, so that no one takes a demo document for a real one. */
  private static void drawDemo(Graphics2D g, double center) {
    AffineTransform original = g.getTransform();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
    g.setFont(font().deriveFont(Font.BOLD, 120f));
    g.translate(center, center);
    g.rotate(Math.toRadians(-25));
    drawCentered(g, "演示", 0, 42);
    g.setTransform(original);
    g.setComposite(AlphaComposite.SrcOver);
  }

  private static void drawCentered(Graphics2D g, String text, double x, double baseline) {
    g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
  }

  private static Font font() {
    Font loaded = font;
    if (loaded == null) {
      synchronized (SealImage.class) {
        if (font == null) {
          try (InputStream in = SealImage.class.getResourceAsStream(FONT)) {
            if (in == null) {
              throw new IllegalStateException("字体 " + FONT + " 不在 classpath 上（依赖 com.helger.font:ph-fonts-noto-sans-sc）");
            }
            font = Font.createFont(Font.TRUETYPE_FONT, in);
          } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("无法读取字体 " + FONT, e);
          }
        }
        loaded = font;
      }
    }
    return loaded;
  }
}
