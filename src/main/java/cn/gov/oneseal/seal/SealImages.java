package cn.gov.oneseal.seal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The seal's image as a PDF image: the PNG decoded and compressed once per image (colour and soft mask, Flate), so
 * that each document only copies the compressed bytes. Decoding and re-encoding the PNG took most of a document's
 * sealing time.
 */
final class SealImages {

  /** The bureaus' seal images (a handful; a renewal adds one). */
  private static final int LIMIT = 64;

  private record Encoded(int width, int height, byte[] rgb, byte[] alpha) {
  }

  private final Map<String, Encoded> encoded = new ConcurrentHashMap<>();

  PDImageXObject in(PDDocument document, byte[] png) throws IOException {
    Encoded image = encoded.get(key(png));
    if (image == null) {
      image = encode(png);
      if (encoded.size() >= LIMIT) {
        encoded.clear();
      }
      encoded.put(key(png), image);
    }
    PDImageXObject picture = xObject(document, image.rgb(), image, PDDeviceRGB.INSTANCE);
    if (image.alpha() != null) {
      picture.getCOSObject().setItem(COSName.SMASK, xObject(document, image.alpha(), image, PDDeviceGray.INSTANCE));
    }
    return picture;
  }

  private static PDImageXObject xObject(PDDocument document, byte[] flate, Encoded image, PDColorSpace colours)
      throws IOException {
    return new PDImageXObject(document, new ByteArrayInputStream(flate), COSName.FLATE_DECODE, image.width(),
        image.height(), 8, colours);
  }

  private static Encoded encode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    if (image == null) {
      throw new IOException("印章图像不是可读的 PNG");
    }
    int width = image.getWidth();
    int height = image.getHeight();
    byte[] rgb = new byte[width * height * 3];
    byte[] alpha = new byte[width * height];
    boolean transparent = false;
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int pixel = row[x];
        int i = y * width + x;
        rgb[3 * i] = (byte) (pixel >> 16);
        rgb[3 * i + 1] = (byte) (pixel >> 8);
        rgb[3 * i + 2] = (byte) pixel;
        alpha[i] = (byte) (pixel >>> 24);
        transparent |= (pixel >>> 24) != 0xff;
      }
    }
    return new Encoded(width, height, deflate(rgb), transparent ? deflate(alpha) : null);
  }

  private static byte[] deflate(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 8);
    try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
      deflating.write(raw);
    }
    return out.toByteArray();
  }

  private static String key(byte[] png) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
