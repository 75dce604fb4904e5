package cn.gov.oneseal.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the notices are set in: Noto Sans SC (from the Maven artifact ph-fonts-noto-sans-sc), each document
 * embedding the subset of the characters it prints. Two faces of it, both parsed once:
 * <ul>
 *   <li>{@link #common()}: the characters of everyday documents — the 6 763 hanzi of GB 2312, ASCII, Latin-1, general
 *   punctuation, CJK and full-width punctuation, letterlike and enclosed numbers, geometric shapes — 7 569
 *   glyphs, none shared by two of its characters. PDFBox's subsetting walks every glyph of the font it embeds from
 *   (the whole font has 30 900) and names each glyph in the text layer by the first character mapped to it, which in
 *   the whole font is a Kangxi radical for 月, 日, 人 and others; in this face there is no such glyph, so copying or
 *   searching the text gives the characters printed.</li>
 *   <li>{@link #full()}: the whole font, for a document with a character outside the common face (a rare hanzi in a
 *   name or an address); such a document's text layer is written again from the characters drawn ({@link
 *   PdfWriter}).</li>
 * </ul>
 * FontBox reads a font's tables under its own locks, as PDFBox shares fonts between documents and threads
 * (PDFBOX-4219).
 */
final class NoticeFonts {

  static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

  /** What a PDF subset is built from (PDFBox's embedder and subsetter read these). */
  private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "name",
      "OS/2", "post", "cvt ", "fpgm", "prep", "gasp");

  /** Ranges of the common face besides the GB 2312 hanzi: [first, last] code points. */
  private static final int[][] RANGES = {
      {0x20, 0x7E}, {0xA0, 0xFF}, {0x2010, 0x205E}, {0x2100, 0x218F}, {0x2190, 0x21FF}, {0x2460, 0x24FF},
      {0x2500, 0x25FF}, {0x3000, 0x303F}, {0xFF01, 0xFF5E}, {0xFFE0, 0xFFE6}};

  private volatile TrueTypeFont full;
  private volatile Common common;

  /** The common face and the characters it prints exactly. */
  private record Common(TrueTypeFont font, BitSet characters) {
  }

  /** The whole font. */
  TrueTypeFont full() throws IOException {
    TrueTypeFont font = full;
    if (font == null) {
      synchronized (this) {
        if (full == null) {
          full = new TTFParser().parse(new RandomAccessReadBuffer(read()));
        }
        font = full;
      }
    }
    return font;
  }

  /** The common face (see the class comment). */
  TrueTypeFont common() throws IOException {
    return loadedCommon().font();
  }

  /** Whether the common face prints every character of the texts. */
  boolean commonPrints(List<String> texts) throws IOException {
    BitSet characters = loadedCommon().characters();
    for (String text : texts) {
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        if (!characters.get(codePoint)) {
          return false;
        }
        i += Character.charCount(codePoint);
      }
    }
    return true;
  }

  private Common loadedCommon() throws IOException {
    Common face = common;
    if (face == null) {
      synchronized (this) {
        if (common == null) {
          common = makeCommon(full());
        }
        face = common;
      }
    }
    return face;
  }

  /**
   * The subset of the whole font with the common characters, one per glyph: of characters that share a glyph in the
   * font (space and no-break space, hyphen-minus and soft hyphen) only the first, so that the text layer names each
   * glyph by the character printed; a document with one of the others is set in the whole font.
   */
  private static Common makeCommon(TrueTypeFont whole) throws IOException {
    CmapLookup cmap = whole.getUnicodeCmapLookup();
    Set<Integer> glyphs = new HashSet<>();
    BitSet characters = new BitSet();
    wanted().stream().forEach(c -> {
      int glyph = cmap.getGlyphId(c);
      if (glyph != 0 && glyphs.add(glyph)) { // of characters sharing a glyph (space and no-break space), the first
        characters.set(c);
      }
    });
    TTFSubsetter subsetter = new TTFSubsetter(whole, TABLES);
    characters.stream().forEach(subsetter::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    subsetter.writeToStream(out);
    return new Common(new TTFParser().parse(new RandomAccessReadBuffer(out.toByteArray())), characters);
  }

  private static BitSet wanted() {
    BitSet wanted = new BitSet();
    for (int[] range : RANGES) {
      wanted.set(range[0], range[1] + 1);
    }
    CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
    for (char c = 0x4E00; c <= 0x9FFF; c++) {
      if (gb2312.canEncode(c)) {
        wanted.set(c);
      }
    }
    return wanted;
  }

  private static byte[] read() throws IOException {
    try (InputStream in = NoticeFonts.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IOException("字体 " + FONT + " 不在 classpath 上（依赖 com.helger.font:ph-fonts-noto-sans-sc）");
      }
      return in.readAllBytes();
    }
  }
}
