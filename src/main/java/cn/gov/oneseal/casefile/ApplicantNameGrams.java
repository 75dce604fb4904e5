package cn.gov.oneseal.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The index of the applicants' names for the case history's search by part of a name ({@code case_applicant_gram},
 * Flyway V35), and its one owner. Every case has one row per distinct piece of its applicant's name of one, two
 * and three characters (code points: 张三餐饮 gives 张, 三, 餐, 饮, 张三, 三餐, 餐饮, 张三餐, 三餐饮), written with the
 * case file in the registration's transaction ({@link CaseFiles#register}; the name is never changed later), and
 * for the cases of before V35 by the migration ({@link ApplicantNameGramsMigration}).
 *
 * <p>Why pieces: a Chinese name has no words to index, and a substring search ({@code like '%…%'}) reads every case
 * file; a name that contains the text contains each of the text's three-character pieces (or the text itself, when
 * it is shorter), so the cases having the rarest of them are a small superset of the answer, which the search then
 * confirms with the same {@code like} as before: the same results, only read from fewer rows. Plain equality on a
 * primary key, so it works alike on H2 and PostgreSQL, whatever the database's collation (PostgreSQL's {@code pg_trgm}
 * finds no trigrams in Chinese text under the C locale).
 */
@Repository
public class ApplicantNameGrams {

  /** The longest piece indexed, in characters. */
  static final int LONGEST = 3;
  /**
   * Pieces counted up to this many cases each (the cost of the count: a few hundred index entries per piece); the
   * rarest decides. When even the rarest is in more cases the text is common (e.g. 有限公司 alone, or a frequent
   * two-character name) and narrowing would save little: the search reads every case file, as before.
   */
  static final int BOUND = 300;
  /** At most this many pieces of a long text are counted (any of them narrows correctly). */
  static final int MAX_COUNTED = 32;
  static final String INSERT = "insert into case_applicant_gram (gram, case_number) values (?, ?)";

  /** A condition on the case history's query: the case numbers among which the names containing the text are. */
  public record Narrowing(String caseNumbers, List<Object> args) {}

  private final JdbcTemplate jdbc;

  public ApplicantNameGrams(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Indexes the applicant's name of a case just registered (in the registration's transaction). */
  void index(String caseNumber, String applicantName) {
    index(Map.of(caseNumber, applicantName));
  }

  /** Indexes the applicants' names of cases (case number → name) in one batch; the benchmark's volume uses it. */
  public void index(Map<String, String> names) {
    List<Object[]> rows = new ArrayList<>();
    names.forEach((number, name) -> grams(name).forEach(gram -> rows.add(new Object[] {gram, number})));
    jdbc.batchUpdate(INSERT, rows);
  }

  /**
   * The case numbers whose applicants' names may contain {@code text} (a superset: confirm with the exact match), or
   * empty when the index cannot narrow the search: the text is empty, has a character that {@code like} treats
   * specially (\), or only pieces that many cases have.
   */
  public Optional<Narrowing> narrowing(String text) {
    if (text.isEmpty() || text.indexOf('\\') >= 0 || text.codePoints().anyMatch(ApplicantNameGrams::isSurrogate)) {
      return Optional.empty();
    }
    List<String> pieces = pieces(text);
    List<Integer> counts = counts(pieces);
    List<Integer> rarest = IntStream.range(0, pieces.size()).boxed()
        .sorted((a, b) -> Integer.compare(counts.get(a), counts.get(b))).limit(2).toList();
    if (counts.get(rarest.get(0)) >= BOUND) {
      return Optional.empty();
    }
    if (rarest.size() == 1 || counts.get(rarest.get(1)) >= BOUND) {
      // one rare piece: its few cases are the candidates (joining a common piece would read all of that one's)
      return Optional.of(new Narrowing("select g0.case_number from case_applicant_gram g0 where g0.gram = ?",
          List.of(pieces.get(rarest.get(0)))));
    }
    return Optional.of(new Narrowing("""
        select g0.case_number from case_applicant_gram g0
          join case_applicant_gram g1 on g1.case_number = g0.case_number and g1.gram = ?
        where g0.gram = ?""", List.of(pieces.get(rarest.get(1)), pieces.get(rarest.get(0)))));
  }

  /** How many cases have each piece, up to {@link #BOUND}: one statement, each count stops at the bound. */
  private List<Integer> counts(List<String> pieces) {
    String select = IntStream.range(0, pieces.size())
        .mapToObj(i -> "(select count(*) from (select 1 as one from case_applicant_gram where gram = ? limit "
            + BOUND + ") q" + i + ") as n" + i)
        .collect(Collectors.joining(", ", "select ", ""));
    return jdbc.queryForObject(select, (rs, row) -> {
      List<Integer> counts = new ArrayList<>();
      for (int i = 1; i <= pieces.size(); i++) {
        counts.add(rs.getInt(i));
      }
      return counts;
    }, pieces.toArray());
  }

  /** The pieces a name containing the text surely has: the text itself when short, else its three-character pieces. */
  static List<String> pieces(String text) {
    int[] points = text.codePoints().toArray();
    if (points.length <= LONGEST) {
      return List.of(text);
    }
    Set<String> pieces = new LinkedHashSet<>();
    for (int i = 0; i + LONGEST <= points.length && pieces.size() < MAX_COUNTED; i++) {
      pieces.add(new String(points, i, LONGEST));
    }
    return List.copyOf(pieces);
  }

  /** Every distinct piece of one to three characters of the name, as indexed. */
  public static Set<String> grams(String name) {
    int[] points = name.codePoints().toArray();
    Set<String> grams = new LinkedHashSet<>();
    for (int length = 1; length <= LONGEST; length++) {
      for (int i = 0; i + length <= points.length; i++) {
        grams.add(new String(points, i, length));
      }
    }
    return grams;
  }

  /** A lone surrogate (not a pair): {@code like} matches by UTF-16 unit and pieces by code point; don't narrow. */
  private static boolean isSurrogate(int codePoint) {
    return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
  }
}
