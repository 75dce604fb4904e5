package cn.gov.oneseal.seal;

/**
 * Where the seal's image is drawn on a document: a page and a rectangle on it in PDF points (1/72 inch, origin at
 * the page's lower left corner), as on paper over the bureau's name and the date of issue.
 *
 * @param page the page, 0-based; {@link #LAST_PAGE} for the document's last page
 * @param x the rectangle's left edge
 * @param y the rectangle's bottom edge
 * @param width the rectangle's width
 * @param height the rectangle's height
 */
public record SealPlacement(int page, float x, float y, float width, float height) {

  /** The page index meaning "the document's last page". */
  public static final int LAST_PAGE = -1;

  /**
   * The seal's diameter on the page: 42 mm, the size of a county-level bureau's round seal (国务院关于国家行政机关和企业
   * 事业单位社会团体印章管理的规定).
   */
  public static final float DIAMETER = 42 / 25.4f * 72;

  /** An A4 page's size in points. */
  private static final float A4_WIDTH = 595.27563f;
  private static final float A4_HEIGHT = 841.8898f;
  /** The margin of the project's notices (notice/PdfWriter). */
  private static final float MARGIN = 72;

  public SealPlacement {
    if (page < LAST_PAGE) {
      throw new IllegalArgumentException("印章位置的页码无效: " + page);
    }
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("印章位置的大小无效: " + width + " x " + height);
    }
  }

  /**
   * The seal centred on a point of a page (the middle of the printed bureau name and date), kept inside an A4 page.
   */
  public static SealPlacement centredOn(int page, float centreX, float centreY) {
    float x = Math.max(0, Math.min(A4_WIDTH - DIAMETER, centreX - DIAMETER / 2));
    float y = Math.max(0, Math.min(A4_HEIGHT - DIAMETER, centreY - DIAMETER / 2));
    return new SealPlacement(page, x, y, DIAMETER, DIAMETER);
  }

  /**
   * Where a document whose seal line is not known gets its seal: the last page, at the right margin, just above the
   * bottom margin (where a notice's seal line falls when its text fills the page).
   */
  public static SealPlacement lastPage() {
    return new SealPlacement(LAST_PAGE, A4_WIDTH - MARGIN - DIAMETER, MARGIN, DIAMETER, DIAMETER);
  }

  /** The page index in a document of {@code pages} pages. */
  int pageIn(int pages) {
    if (page == LAST_PAGE) {
      return pages - 1;
    }
    if (page >= pages) {
      throw new IllegalArgumentException("印章位置在第 " + (page + 1) + " 页，文件只有 " + pages + " 页");
    }
    return page;
  }
}
