package cn.gov.oneseal.notice;

import cn.gov.oneseal.seal.SealPlacement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * Lays a notice out on A4 pages: a centred title, wrapped paragraphs and the bureau's seal line, in Noto Sans SC
 * embedded as a subset ({@link NoticeFonts}). Laid out and saved once: no document is read back to be changed.
 */
@Component
public class PdfWriter {

  private static final float MARGIN = 72;
  private static final float BODY = 12;
  private static final float TITLE = 20;
  private static final float LEADING = 1.6f;
  private static final String MISSING = "□";
  private static final String CLOSING_PUNCTUATION = "，。、；：）》」』！？”’】";

  /** The fonts, parsed and cut once for the whole process (every writer reads them only). */
  private static final NoticeFonts FONTS = new NoticeFonts();

  /**
   * A notice as written, and where its seal goes: over the seal line's first two lines (the bureau's name and the
   * date of issue under it), centred on the date, on the page they are printed on.
   */
  public record Written(byte[] pdf, SealPlacement seal) {
  }

  public byte[] write(String title, List<String> paragraphs, List<String> sealLines) {
    return layOut(title, paragraphs, sealLines).pdf();
  }

  /** The notice (the same bytes as {@link #write}) and where the bureau's seal goes on it. */
  public Written layOut(String title, List<String> paragraphs, List<String> sealLines) {
    return layOut(title, paragraphs, sealLines, null);
  }

  /** What a document draws on its last page besides the text (the licence's QR code), before it is saved. */
  @FunctionalInterface
  interface LastPage {
    void draw(PDDocument document, PDPage page) throws IOException;
  }

  /** The notice laid out as {@link #layOut(String, List, List)}, then {@code lastPage} drawn on its last page. */
  Written layOut(String title, List<String> paragraphs, List<String> sealLines, LastPage lastPage) {
    Map<Integer, String> drawn = new TreeMap<>();
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      List<String> texts = new ArrayList<>(paragraphs);
      texts.add(title);
      texts.addAll(sealLines);
      boolean common = FONTS.commonPrints(texts);
      PDType0Font cjk = PDType0Font.load(document, common ? FONTS.common() : FONTS.full(), true);
      Layout layout = new Layout(document, cjk, drawn);
      layout.centred(title, TITLE);
      layout.space(BODY);
      for (String paragraph : paragraphs) {
        layout.paragraph(paragraph, BODY);
      }
      layout.space(BODY * 2);
      float[] name = null;
      float[] date = null;
      for (int i = 0; i < sealLines.size(); i++) {
        float[] box = layout.right(sealLines.get(i), BODY);
        if (i == 0) {
          name = box;
        } else if (i == 1 && box[0] == name[0]) {
          date = box;
        }
      }
      layout.close();
      if (lastPage != null) {
        lastPage.draw(document, document.getPage(document.getNumberOfPages() - 1));
      }
      document.getDocumentInformation().setTitle(title);
      document.save(out);
      // as on paper (骑年盖月): the seal centred on the date, over the bureau's name above it
      SealPlacement seal = name == null ? SealPlacement.lastPage() : date == null
          ? SealPlacement.centredOn((int) name[0], (name[1] + name[2]) / 2, (name[3] + name[4]) / 2)
          : SealPlacement.centredOn((int) date[0], (date[1] + date[2]) / 2, (name[3] + date[4]) / 2);
      // the common face names its glyphs exactly; the whole font's text layer is written again (NoticeFonts)
      return new Written(common ? out.toByteArray() : withExactText(out.toByteArray(), drawn), seal);
    } catch (IOException e) {
      throw new UncheckedIOException("通知书无法生成: " + e.getMessage(), e);
    }
  }

  /**
   * The whole font's subset names a glyph shared by a CJK ideograph and a Kangxi radical (月 and ⽉) in its text
   * layer by the radical, so copying or searching the notice would give the wrong characters. Replace it with the
   * characters actually drawn (a document in the common face does not need this: {@link NoticeFonts}).
   */
  static byte[] withExactText(byte[] pdf, Map<Integer, String> drawn) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StringBuilder cmap = new StringBuilder()
          .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
          .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
          .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
          .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
      List<Map.Entry<Integer, String>> entries = new ArrayList<>(drawn.entrySet());
      for (int from = 0; from < entries.size(); from += 100) {
        List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(from + 100, entries.size()));
        cmap.append(block.size()).append(" beginbfchar\n");
        for (Map.Entry<Integer, String> entry : block) {
          cmap.append(String.format("<%04X> <", entry.getKey()));
          for (char c : entry.getValue().toCharArray()) {
            cmap.append(String.format("%04X", (int) c));
          }
          cmap.append(">\n");
        }
        cmap.append("endbfchar\n");
      }
      cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
      byte[] bytes = cmap.toString().getBytes(StandardCharsets.US_ASCII);
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          if (page.getResources().getFont(name) instanceof PDType0Font type0) {
            type0.getCOSObject().setItem(COSName.TO_UNICODE, new PDStream(document, new ByteArrayInputStream(bytes)));
          }
        }
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A cursor over pages. */
  private static final class Layout {
    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, String> drawn;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream content;
    private float y;

    Layout(PDDocument document, PDType0Font font, Map<Integer, String> drawn) throws IOException {
      this.document = document;
      this.font = font;
      this.drawn = drawn;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    private void line(String text, float x, float size) throws IOException {
      if (y < MARGIN + size) {
        newPage();
      }
      y -= size * LEADING;
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y);
      content.showText(text);
      content.endText();
    }

    void centred(String text, float size) throws IOException {
      text = printableAll(text);
      line(text, MARGIN + (width - width(text, size)) / 2, size);
    }

    /** The line drawn at the right margin; returns its page index and box: left, right, top, bottom. */
    float[] right(String text, float size) throws IOException {
      text = printableAll(text);
      float left = MARGIN + width - width(text, size);
      line(text, left, size);
      float top = y + size * font.getFontDescriptor().getAscent() / 1000;
      float bottom = y + size * font.getFontDescriptor().getDescent() / 1000;
      return new float[] {document.getNumberOfPages() - 1, left, MARGIN + width, top, bottom};
    }

    private String printableAll(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints().forEach(cp -> out.append(printable(new String(Character.toChars(cp)))));
      return out.toString();
    }

    void space(float size) {
      y -= size;
    }

    void paragraph(String text, float size) throws IOException {
      if (text.isBlank()) {
        space(size * 0.6f);
        return;
      }
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        String next = printable(new String(Character.toChars(codePoint)));
        // closing punctuation never starts a line (避头点): it may overhang the margin instead
        boolean closing = CLOSING_PUNCTUATION.indexOf(next) >= 0;
        if (!closing && width(current + next, size) > width && current.length() > 0) {
          lines.add(current.toString());
          current.setLength(0);
        }
        current.append(next);
        i += Character.charCount(codePoint);
      }
      lines.add(current.toString());
      for (String line : lines) {
        line(line, MARGIN, size);
      }
    }

    /** A character the font cannot draw (an emoji, a rare ideograph) is printed as □. */
    private String printable(String character) {
      try {
        byte[] code = font.encode(character);
        drawn.put(((code[0] & 0xff) << 8) | (code[1] & 0xff), character);
        return character;
      } catch (IllegalArgumentException | IOException notInFont) {
        // the box goes into the text layer too, or copying the notice would give some other character
        return MISSING.equals(character) ? MISSING : printable(MISSING);
      }
    }

    void close() throws IOException {
      content.close();
    }
  }
}
