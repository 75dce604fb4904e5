package cn.gov.oneseal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.oneseal.audit.CaseHistory.CasePage;
import cn.gov.oneseal.audit.CaseHistory.CaseRow;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 办件历史 by part of the applicant's name, read through the names' index (casefile/ApplicantNameGrams): a case is
 * found by two characters of a Chinese name, by one, by part of a Latin name with spaces and punctuation; and every
 * search answers exactly what the plain substring match over all case files answers (total, rows, order, pages).
 */
class ApplicantNameSearchTest extends CaseTest {

  @Autowired CaseHistory caseHistory;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCaseIsFoundByTwoCharactersOrOneOfItsApplicantsChineseName() {
    String name = "审计" + tag() + "鑫源轩餐饮有限公司";
    String caseNumber = register(name);

    for (String part : List.of("鑫源", "源轩", "鑫源轩餐", "轩", "鑫", name)) {
      CasePage page = caseHistory.search(CaseSearch.all().withApplicant(part).withPage(0, 100));
      assertThat(page.total()).as(part).isLessThanOrEqualTo(100);
      assertThat(page.rows()).as(part).extracting(CaseRow::caseNumber).contains(caseNumber);
      assertThat(page.rows()).as(part).allSatisfy(r -> assertThat(r.applicantName()).contains(part));
    }
    assertThat(numbers(caseHistory.search(CaseSearch.all().withApplicant("鑫轩")))).as("not a part of the name")
        .doesNotContain(caseNumber);
  }

  @Test
  void aCaseIsFoundByPartOfALatinNameWithSpacesAndPunctuation() {
    String tag = tag();
    String caseNumber = register("ACME Foods " + tag + " Co., Ltd.");

    for (String part : List.of(tag, "Foods " + tag, tag + " Co., L", "Co., Ltd.", "Ltd.")) {
      assertThat(numbers(caseHistory.search(CaseSearch.all().withApplicant(part).withPage(0, 100)))).as(part)
          .contains(caseNumber);
    }
    assertThat(numbers(caseHistory.search(CaseSearch.all().withApplicant("Foods  " + tag))))
        .as("two spaces are not the name's one").isEmpty();
  }

  @Test
  void everySearchByNameAnswersWhatTheSubstringMatchOverAllCasesAnswers() {
    String tag = tag();
    for (String name : List.of("甲" + tag + "乙丙餐饮店", "甲" + tag + "乙丙餐饮店", "Z" + tag + " 100% Pure_Tea",
        "丁" + tag + "戊")) {
      register(name);
    }
    for (String text : List.of(tag, "甲" + tag, tag + "乙丙", "乙丙餐饮", "餐饮", "餐", "甲", "戊", "Z" + tag,
        "100% Pure", "100 Pure", "Pure_Tea", "PureTea", "% Pure", "%", "_", "%_", "Tea", "a", " ", "好味餐饮有限公司",
        "有限公司", "no such name at all", "\\", "Z\\" + tag, "z" + tag)) {
      for (int size : List.of(1, 100)) {
        CaseSearch search = CaseSearch.all().withApplicant(text).withPage(0, size);
        CasePage page = caseHistory.search(search);
        List<String> expected = substringMatch(text, size, 0);
        assertThat(page.total()).as("total of [%s]", text).isEqualTo(total(text));
        assertThat(numbers(page)).as("[%s], page of %d", text, size).containsExactlyElementsOf(expected);
        assertThat(numbers(caseHistory.search(search.withPage(1, size)))).as("[%s], second page of %d", text, size)
            .containsExactlyElementsOf(substringMatch(text, size, 1));
      }
    }
  }

  /** The search as it was before the names' index: a substring match over every case file. */
  private List<String> substringMatch(String text, int size, int page) {
    String search = text.trim();
    return jdbc.queryForList("""
        select case_number from case_file where applicant_id = ? or applicant_name like ?
        order by received_at desc, case_number desc limit ? offset ?""", String.class, search,
        "%" + search.replace("%", "").replace("_", "") + "%", size, page * size);
  }

  private long total(String text) {
    String search = text.trim();
    if (search.isEmpty()) {
      return jdbc.queryForObject("select count(*) from case_file", Long.class);
    }
    return jdbc.queryForObject("select count(*) from case_file where applicant_id = ? or applicant_name like ?",
        Long.class, search, "%" + search.replace("%", "").replace("_", "") + "%");
  }

  private String register(String applicantName) {
    Map<String, Object> form = Applications.food();
    form.put("applicantName", applicantName);
    return officers.register("window1", form).getBusinessKey();
  }

  /** Eight hexadecimal digits no other case's name has. */
  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<String> numbers(CasePage page) {
    return page.rows().stream().map(CaseRow::caseNumber).toList();
  }
}
