package cn.gov.oneseal.copying;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Whom an officer may copy a case to (exactly whom {@link CopyRules} accepts), with their Chinese names. */
public record CopyRecipients(
    @Schema(description = "可接收抄送的同事、领导（本局，或本事项监管部门的人员）") List<Person> users,
    @Schema(description = "可接收抄送的组：本局岗位组及本事项的监管部门") List<Choice> groups) {

  /** A user who may receive the copy: id, "刘志远（head1）", and the names of their groups that qualify them. */
  public record Person(@Schema(example = "head1") String userId, @Schema(example = "刘志远（head1）") String name,
      @Schema(example = "局负责人") String groups) {}

  /** A group that may receive the copy, with its Chinese name. */
  public record Choice(@Schema(example = "regulatorSamr") String groupId,
      @Schema(example = "市场监督管理局（本事项监管部门）") String name) {}
}
