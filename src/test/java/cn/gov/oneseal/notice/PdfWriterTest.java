package cn.gov.oneseal.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
}
