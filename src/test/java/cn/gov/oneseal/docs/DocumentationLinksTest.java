package cn.gov.oneseal.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link and anchor in the repository's Markdown files (README.md and src/docs/) resolves: a reader who
 * follows one lands on the file and the section it names (src/docs/development.md, "Documentation").
 */
class DocumentationLinksTest {

  @Test
  void everyRelativeLinkAndAnchorInTheMarkdownFilesResolves() throws IOException {
    Path root = Path.of("");
    List<Path> files = MarkdownLinks.markdownFiles(root.toAbsolutePath());
    assertThat(files).extracting(file -> root.toAbsolutePath().relativize(file).toString().replace('\\', '/'))
        .contains("README.md", "src/docs/operations.md", "src/docs/security.md", "src/docs/integration-api.md",
            "src/docs/analysts-guide.md", "src/docs/process-contract.md", "src/docs/benchmark.md",
            "src/docs/development.md");
    assertThat(MarkdownLinks.relativeLinks(root.toAbsolutePath())).as("relative links checked").isGreaterThan(50);
    assertThat(MarkdownLinks.broken(root)).as("broken links in the Markdown files").isEmpty();
  }

  @Test
  void theReadmeLinksEveryDocument() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    try (var docs = Files.list(Path.of("src/docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).forEach(doc -> assertThat(readme)
          .as("README links %s", doc).contains("(src/docs/" + doc.getFileName() + ")"));
    }
    assertThat(readme.lines().count()).as("README lines").isLessThanOrEqualTo(250);
  }

  @Test
  void aMissingFileOrHeadingIsNamedWithItsLine(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("src/docs"));
    Files.writeString(root.resolve("README.md"), """
        # Title

        [ok](src/docs/guide.md#审批-approvals), [ok too](src/docs/guide.md#notes-1), [folder](src/docs/),
        [site](https://example.org/nowhere.md), `[in code](missing.md)`, [self](#title)

        ```
        [in a block](missing.md)
        ```
        [gone](src/docs/missing.md) and [no heading](src/docs/guide.md#审批)
        [escape](../outside.md) [anchor into code](src/docs/guide.md#x) [no anchor here](#nothing)
        """, StandardCharsets.UTF_8);
    Files.writeString(root.resolve("src/docs/guide.md"), """
        ## 审批 (approvals)

        ## Notes

        ## Notes
        """, StandardCharsets.UTF_8);

    assertThat(MarkdownLinks.broken(root)).containsExactly(
        "README.md:9: src/docs/missing.md — no such file or folder src/docs/missing.md",
        "README.md:9: src/docs/guide.md#审批 — no heading with the anchor #审批 in src/docs/guide.md",
        "README.md:10: ../outside.md — outside the repository",
        "README.md:10: src/docs/guide.md#x — no heading with the anchor #x in src/docs/guide.md",
        "README.md:10: #nothing — no heading with the anchor #nothing in README.md");
  }

  @Test
  void anchorsAreGitHubs() {
    assertThat(MarkdownLinks.anchor("Online hall API (网上办事大厅, `/api/v1/applicant`)"))
        .isEqualTo("online-hall-api-网上办事大厅-apiv1applicant");
    assertThat(MarkdownLinks.anchor("Follow-up and service rating (回访 · 好差评)"))
        .isEqualTo("follow-up-and-service-rating-回访--好差评");
    assertThat(MarkdownLinks.anchor("Form fields (= variable names) and server-side rules"))
        .isEqualTo("form-fields--variable-names-and-server-side-rules");
    assertThat(MarkdownLinks.anchor("错误审批反馈 (a regulator reports a wrong approval, Licensing Law art. 69)"))
        .isEqualTo("错误审批反馈-a-regulator-reports-a-wrong-approval-licensing-law-art-69");
    assertThat(MarkdownLinks.anchor("What the window records (`/api/v1/cases/{caseNumber}/…`)"))
        .isEqualTo("what-the-window-records-apiv1casescasenumber");
    assertThat(MarkdownLinks.anchors("# A\n## Notes\n```\n# not a heading\n```\n## Notes\n### Notes\n"))
        .containsExactly("a", "notes", "notes-1", "notes-2");
  }
}
