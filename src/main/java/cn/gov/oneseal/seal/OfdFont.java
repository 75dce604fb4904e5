package cn.gov.oneseal.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.ofdrw.font.Font;

/**
 * The OFD licence's font: Noto Sans SC (SIL Open Font License, from the Maven artifact ph-fonts-noto-sans-sc, as the
 * PDF notices use it), embedded in each OFD as a subset of the characters the document shows — the whole font is
 * 10 MB. The font is parsed once; subsets are written under a lock (FontBox reads the tables it copies).
 */
final class OfdFont {

  static final String NAME = "Noto Sans SC";
  private static final String RESOURCE = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
  private static final String FILE = "NotoSansSC-Regular.ttf";
  /**
   * The tables a horizontal text subset needs (the outlines, their metrics and the character map, as PDFBox keeps
   * for the PDFs): without this the vertical metrics and layout tables of the whole font (about 190 KB) were copied
   * into every licence, then zipped, digested with SM3 and zipped again when sealed.
   */
  private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name",
      "OS/2", "post", "cvt ", "fpgm", "prep", "gasp");

  private final TrueTypeFont font;
  private final double[] asciiWidths;

  OfdFont() {
    try (InputStream in = OfdFont.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("字体 Noto Sans SC 不在类路径上 (" + RESOURCE + ")");
      }
      font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
      asciiWidths = asciiWidths(font);
    } catch (IOException e) {
      throw new UncheckedIOException("字体 Noto Sans SC 无法读取", e);
    }
  }

  /** Writes the subset with the text's characters to dir and returns the ofdrw font that embeds it. */
  Font subset(String text, Path dir) throws IOException {
    Set<Integer> codePoints = new TreeSet<>();
    text.codePoints().forEach(codePoints::add);
    Path file = dir.resolve(FILE);
    synchronized (font) {
      TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
      subsetter.addAll(codePoints);
      try (OutputStream out = Files.newOutputStream(file)) {
        subsetter.writeToStream(out);
      }
    }
    return new Font(NAME, NAME, file, asciiWidths.clone());
  }

  /** The width of the text in em (ASCII by the font's advance widths, other characters full width). */
  double width(String text) {
    double width = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      width += c >= 32 && c <= 126 ? asciiWidths[c - 32] : 1;
    }
    return width;
  }

  private static double[] asciiWidths(TrueTypeFont font) throws IOException {
    CmapLookup cmap = font.getUnicodeCmapLookup();
    double unitsPerEm = font.getUnitsPerEm();
    double[] widths = new double[95];
    for (int c = 32; c <= 126; c++) {
      widths[c - 32] = font.getAdvanceWidth(cmap.getGlyphId(c)) / unitsPerEm;
    }
    return widths;
  }
}
