package cn.gov.oneseal.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ofdrw.font.Font;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Img;
import org.ofdrw.layout.element.Paragraph;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.TextAlign;
import org.springframework.stereotype.Component;

/**
 * The electronic licence as an OFD document (GB/T 33190): one A4 page with the title 行政许可证 and the licence's name,
 * its number, holder, licensed scope and validity, the issuing bureau and date (where {@link OfdSealer} stamps the
 * bureau's seal, {@link #SEAL_AREA}), and the QR code ({@link QrCode#png}) with the verification code. The text is set in Noto Sans SC,
 * embedded as the subset of characters the licence shows. Coordinates are millimetres from the page's top left.
 */
@Component
public class OfdLicence {

  /** Where the seal goes: over the bureau's name and the date of issue (x, y, width, height in mm; page 1). */
  public static final double[] SEAL_AREA = {127, 218, 42, 42};

  private static final double LEFT = 25;
  private static final double WIDTH = 160;
  private static final double LABEL = 30;
  private static final double SCOPE_BOTTOM = 212;
  private static final double BODY = 4.6;
  private static final double SMALLEST = 3.2;
  private static final double QR = 32;
  /** Pixels per module of the QR code's image: a 29-module code with its quiet zone is 264 pixels, 210 per inch. */
  private static final int QR_PIXELS = 8;

  private final OfdFont fonts = new OfdFont();

  /** The licence as OFD bytes (unsealed; {@link OfdSealer#seal} seals them). */
  public byte[] render(LicenceDocument licence) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("oneseal-ofd");
      Font font = fonts.subset(allText(licence), dir);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OFDDoc doc = new OFDDoc(out)) {
        VirtualPage page = new VirtualPage(PageLayout.A4());
        layout(page, licence, font, dir);
        doc.addVPage(page);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("电子证照 (OFD) 无法生成: " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  private void layout(VirtualPage page, LicenceDocument licence, Font font, Path dir) throws IOException {
    page.add(text(font, 20, 24, 170, 10, "行政许可证", TextAlign.center));
    page.add(text(font, 20, 40, 170, 6.4, licence.licenceName(), TextAlign.center));
    double size = fittingSize(licence);
    double y = 60;
    y = field(page, font, y, size, "许可证编号", licence.licenceNumber());
    y = field(page, font, y, size, "持证人", licence.holderName());
    y = field(page, font, y, size, "证件号码", licence.holderId());
    y = field(page, font, y, size, "有效期", licence.validFrom() + " 至 " + licence.validUntil());
    if (!licence.lines().isEmpty()) {
      page.add(text(font, LEFT, y, LABEL, size, "许可范围", TextAlign.left));
      for (String line : licence.lines()) {
        Paragraph p = text(font, LEFT + LABEL, y, WIDTH - LABEL, size, line, TextAlign.left);
        page.add(p);
        y += p.getHeight() + size * 0.5;
      }
    }
    Img code = new Img(QR, QR, Files.write(dir.resolve("qr.png"), QrCode.png(licence.verificationUrl(), QR_PIXELS)));
    code.setPosition(Position.Absolute);
    code.setXY(LEFT, 220d);
    page.add(code);
    page.add(text(font, LEFT - 5, 253, QR + 30, 3.6, "验证码：" + licence.verificationCode(), TextAlign.left));
    page.add(text(font, LEFT - 5, 259, QR + 60, 3, "扫描二维码或凭证照编号和验证码核验", TextAlign.left));
    page.add(text(font, 105, 233, 85, 5, licence.bureauName(), TextAlign.center));
    page.add(text(font, 105, 243, 85, 4.6, licence.issuedDate(), TextAlign.center));
  }

  private double field(VirtualPage page, Font font, double y, double size, String label, String value) {
    page.add(text(font, LEFT, y, LABEL, size, label, TextAlign.left));
    Paragraph p = text(font, LEFT + LABEL, y, WIDTH - LABEL, size, value, TextAlign.left);
    page.add(p);
    return y + p.getHeight() + size * 0.9;
  }

  /** An absolutely placed paragraph whose height is what its text takes at that width. */
  private static Paragraph text(Font font, double x, double y, double width, double size, String text,
      TextAlign align) {
    Paragraph p = new Paragraph();
    p.setDefaultFont(font);
    p.setFontSize(size);
    p.setTextAlign(align);
    p.add(text);
    p.setWidth(width);
    double height = p.doPrepare(width).getHeight();
    p.setPosition(Position.Absolute);
    p.setXY(x, y);
    p.setHeight(height);
    return p;
  }

  /** The body's font size: the largest (up to 4.6 mm) at which the fields and the scope end above the seal. */
  private double fittingSize(LicenceDocument licence) {
    for (double size = BODY; size >= SMALLEST; size -= 0.2) {
      if (60 + bodyHeight(licence, size) <= SCOPE_BOTTOM) {
        return size;
      }
    }
    throw new IllegalArgumentException("许可范围内容过多，一页证照放不下（" + licence.lines().size() + " 行）");
  }

  private double bodyHeight(LicenceDocument licence, double size) {
    double lineHeight = size * 1.4;
    double available = WIDTH - LABEL;
    List<String> values = List.of(licence.licenceNumber(), licence.holderName(), licence.holderId(),
        licence.validFrom() + " 至 " + licence.validUntil());
    double height = 0;
    for (String value : values) {
      height += lines(value, size, available) * lineHeight + size * 0.9;
    }
    for (String line : licence.lines()) {
      height += lines(line, size, available) * lineHeight + size * 0.5;
    }
    return height;
  }

  private int lines(String text, double size, double available) {
    return Math.max(1, (int) Math.ceil(fonts.width(text) * size / available));
  }

  private static String allText(LicenceDocument licence) {
    List<String> all = new ArrayList<>(List.of("行政许可证", licence.licenceName(), "许可证编号", licence.licenceNumber(),
        "持证人", licence.holderName(), "证件号码", licence.holderId(), "有效期", licence.validFrom(), " 至 ",
        licence.validUntil(), "许可范围", licence.bureauName(), licence.issuedDate(), "验证码：",
        licence.verificationCode(), "扫描二维码或凭证照编号和验证码核验"));
    all.addAll(licence.lines());
    return String.join("", all);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is removed with the system's temporary files
    }
  }
}
