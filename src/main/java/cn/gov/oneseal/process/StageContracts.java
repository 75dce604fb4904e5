package cn.gov.oneseal.process;

import static cn.gov.oneseal.process.CaseVariables.CASE_NUMBER;
import static cn.gov.oneseal.process.CaseVariables.CASE_SUMMARY;
import static cn.gov.oneseal.process.CaseVariables.DEFICIENCY_PENDING;
import static cn.gov.oneseal.process.CaseVariables.DEPARTMENT_OPINIONS;
import static cn.gov.oneseal.process.CaseVariables.ITEM_CODE;
import static cn.gov.oneseal.process.CaseVariables.ITEM_NAME;
import static cn.gov.oneseal.process.CaseVariables.LICENCE_NUMBER;
import static cn.gov.oneseal.process.CaseVariables.MATERIAL_OPTIONS;
import static cn.gov.oneseal.process.CaseVariables.REGULATOR_GROUP;
import static cn.gov.oneseal.process.CaseVariables.REVIEWER_ID;
import static cn.gov.oneseal.process.CaseVariables.SURVEY_FINDINGS;
import static cn.gov.oneseal.process.CaseVariables.SURVEY_MODE;
import static cn.gov.oneseal.process.FormFields.DECISION;
import static cn.gov.oneseal.process.FormFields.DECISION_OPINION;
import static cn.gov.oneseal.process.FormFields.INTAKE_DECISION;
import static cn.gov.oneseal.process.FormFields.REVIEW_OPINION;
import static cn.gov.oneseal.process.FormFields.REVIEW_RECOMMENDATION;
import static cn.gov.oneseal.process.FormFields.SURVEY_REQUESTED;
import static cn.gov.oneseal.process.FormFields.SURVEY_RESULT;

import java.util.List;
import java.util.Optional;

/**
 * What each shared stage takes from the item's process and gives back (its call activity's {@code camunda:in} and
 * {@code camunda:out}, the business key always passed on as the case number). An item's model is a chain of these
 * stages (src/docs/analysts-guide.md, "An item's model"). An item's model maps exactly these, as the stage's element
 * template fills them in: the start-up (catalogue/StageCalls) refuses a call of a stage without the business key, with
 * a variable missing or with one outside this list; {@code ProcessVocabularyTest} checks every call activity of every
 * model, and the process contract in src/docs against this list; {@code ElementTemplatesTest} checks the Modeler element template of each stage
 * ({@code processes/.camunda/element-templates/{key}.json}, from which the model lint reads the contracts) against it.
 */
public final class StageContracts {

  /** A stage's key and its variables in and out. */
  public record StageContract(String key, List<String> in, List<String> out) {}

  /** What every stage receives. */
  private static final List<String> CASE = List.of(CASE_NUMBER, ITEM_CODE, ITEM_NAME, CASE_SUMMARY);

  /** What a stage that decides gives back. */
  private static final List<String> DECIDED = List.of(DECISION, DECISION_OPINION, LICENCE_NUMBER);

  public static final List<StageContract> STAGES = List.of(
      new StageContract(ProcessKeys.INTAKE, with(MATERIAL_OPTIONS, SURVEY_MODE),
          List.of(INTAKE_DECISION, SURVEY_REQUESTED, DEFICIENCY_PENDING)),
      new StageContract(ProcessKeys.SITE_SURVEY, with(SURVEY_MODE, SURVEY_REQUESTED), List.of(SURVEY_RESULT,
          SURVEY_FINDINGS)),
      // deficiencyPending: the review's tasks of a case awaiting 容缺 supplements show in the filter 容缺待补正
      new StageContract(ProcessKeys.REVIEW, with(SURVEY_RESULT, SURVEY_FINDINGS, DEFICIENCY_PENDING),
          List.of(REVIEW_RECOMMENDATION, REVIEW_OPINION, REVIEWER_ID)),
      new StageContract(ProcessKeys.DECISION, with(SURVEY_RESULT, REVIEW_RECOMMENDATION, REVIEW_OPINION, REVIEWER_ID,
          DEPARTMENT_OPINIONS), DECIDED),
      new StageContract(ProcessKeys.COMMITMENT_DECISION, CASE, DECIDED),
      new StageContract(ProcessKeys.ON_THE_SPOT_DECISION, CASE, List.of(INTAKE_DECISION, DECISION, DECISION_OPINION,
          LICENCE_NUMBER)),
      new StageContract(ProcessKeys.HIGHER_ORGAN_DECISION, CASE, DECIDED),
      new StageContract(ProcessKeys.JOINT_OPINIONS, CASE, List.of(DEPARTMENT_OPINIONS)),
      new StageContract(ProcessKeys.DELIVERY, with(DECISION, DECISION_OPINION, LICENCE_NUMBER, DEFICIENCY_PENDING),
          List.of(LICENCE_NUMBER)),
      new StageContract(ProcessKeys.DISPATCH, with(REGULATOR_GROUP, DECISION, LICENCE_NUMBER), List.of()));

  private StageContracts() {}

  /** The contract of the stage with this key, if it is a shared stage. */
  public static Optional<StageContract> of(String key) {
    return STAGES.stream().filter(s -> s.key().equals(key)).findFirst();
  }

  private static List<String> with(String... more) {
    return java.util.stream.Stream.concat(CASE.stream(), java.util.Arrays.stream(more)).toList();
  }
}
