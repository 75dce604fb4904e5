package cn.gov.oneseal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.seal.SealPlacement;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;

/**
 * The writer keeps parsed fonts between notices (parsing took most of a notice's time). Notices written at the same
 * moment by several officers must still each carry exactly their own text.
 */
class PdfWriterTest {

  private static final String[] APPLICANTS = {"杭州味道餐饮有限公司", "宁波海鲜酒楼", "温州早点铺", "绍兴黄酒坊",
      "嘉兴粽子店", "湖州茶楼"};

  @Test
  void noticesWrittenAtTheSameTimeEachCarryTheirOwnText() throws Exception {
    PdfWriter writer = new PdfWriter();
    int threads = 6;
    int perThread = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String[]>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String applicant = APPLICANTS[t];
        int thread = t;
        Callable<List<String[]>> work = () -> {
          start.await();
          List<String[]> written = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            String caseNumber = "SP20260901" + thread + i;
            String body = "申请人：" + applicant + "。你单位提出的食品经营许可申请，经审查，决定予以受理（第" + i + "份）。";
            byte[] pdf = writer.write("受理通知书", List.of(body), List.of("办件编号：" + caseNumber));
            written.add(new String[] {NoticeTest.text(pdf), body.replaceAll("\\s+", ""), caseNumber});
          }
          return written;
        };
        futures.add(pool.submit(work));
      }
      start.countDown();
      int checked = 0;
      for (Future<List<String[]>> future : futures) {
        for (String[] notice : future.get()) {
          assertThat(notice[0]).startsWith("受理通知书").contains(notice[1]).endsWith("办件编号：" + notice[2]);
          checked++;
        }
      }
      assertThat(checked).isEqualTo(threads * perThread);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCharacterMissingFromTheFontIsPrintedAsABoxAndTheNextNoticeIsWhole() throws Exception {
    PdfWriter writer = new PdfWriter();
    String withEmoji = NoticeTest.text(writer.write("通知书", List.of("申请人：王小明😀"), List.of("盖章")));
    String after = NoticeTest.text(writer.write("通知书", List.of("申请人：李四"), List.of("盖章")));
    assertThat(withEmoji).contains("申请人：王小明□");
    assertThat(after).isEqualTo("通知书申请人：李四盖章");
  }

  @Test
  void copiedTextIsTheCharactersPrintedWithEverydayAndRareCharacters() throws Exception {
    // each of these hanzi shares its glyph with a Kangxi or CJK radical in the font (月 ⽉, 日 ⽇, 人 ⼈, 長 ⻑ …)
    String everyday = "月日人口山水火木金土大小工见言长门马鸟鱼（第一页，共１页）№①“引号”—…";
    // 喆 and 堃 are outside GB 2312: the notice is set in the whole font
    String rare = "申请人：张喆、李堃，" + everyday;
    PdfWriter writer = new PdfWriter();

    assertThat(NoticeTest.text(writer.write("通知书", List.of(everyday), List.of("盖章"))))
        .isEqualTo("通知书" + everyday + "盖章");
    assertThat(NoticeTest.text(writer.write("通知书", List.of(rare), List.of("盖章"))))
        .isEqualTo("通知书" + rare + "盖章");
  }

  @Test
  void theSealGoesOverTheBureausNameAndTheDateOnThePageTheyArePrintedOn() throws Exception {
    PdfWriter writer = new PdfWriter();
    List<String> seal = List.of("营口市行政审批局（行政审批专用章）", "2026年12月6日", "办件编号：SP2026120600001");
    PdfWriter.Written shortNotice = writer.layOut("受理通知书", List.of("决定予以受理。"), seal);
    List<String> long1 = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long1.add("第" + i + "段：你单位提出的食品经营许可申请，经审查，决定予以受理。");
    }
    PdfWriter.Written longNotice = writer.layOut("受理通知书", long1, seal);

    assertThat(NoticeTest.text(shortNotice.pdf()))
        .isEqualTo(NoticeTest.text(writer.write("受理通知书", List.of("决定予以受理。"), seal)));
    assertThat(regionText(shortNotice)).contains("2026年12月6日", "专用章").doesNotContain("决定予以受理");
    assertThat(longNotice.seal().page()).isEqualTo(1);
    assertThat(regionText(longNotice)).contains("2026年12月6日", "专用章");
    assertThat(writer.layOut("通知书", List.of("正文"), List.of()).seal()).isEqualTo(SealPlacement.lastPage());
  }

  /** The text printed under the seal. */
  private static String regionText(PdfWriter.Written notice) throws Exception {
    try (PDDocument document = Loader.loadPDF(notice.pdf())) {
      SealPlacement where = notice.seal();
      PDPage page = document.getPage(where.page());
      PDFTextStripperByArea text = new PDFTextStripperByArea();
      text.addRegion("seal", new Rectangle2D.Float(where.x(), page.getMediaBox().getHeight() - where.y()
          - where.height(), where.width(), where.height()));
      text.extractRegions(page);
      return text.getTextForRegion("seal");
    }
  }
}
