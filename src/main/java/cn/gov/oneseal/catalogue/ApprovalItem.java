package cn.gov.oneseal.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One approval item of the catalogue (事项). Its code is the key of its BPMN process.
 *
 * @param code process key of the item
 * @param name Chinese name as published
 * @param legalBasis 设定依据
 * @param regulatorDepartment the department that supervises licensees afterwards
 * @param regulatorGroup the engine group of that department's officers
 * @param statutoryLimit 法定时限 in working days from acceptance
 * @param promisedLimit 承诺时限 in working days from acceptance
 * @param stageLimits working days per stage
 * @param licencePrefix prefix of licence numbers (e.g. JY for food business licences)
 * @param licenceValidityYears validity of an issued licence
 * @param materials the material list, in the published order
 */
public record ApprovalItem(
    String code,
    String name,
    String legalBasis,
    String regulatorDepartment,
    String regulatorGroup,
    int statutoryLimit,
    int promisedLimit,
    Map<Stage, Integer> stageLimits,
    String licencePrefix,
    int licenceValidityYears,
    List<Material> materials) {

  public ApprovalItem {
    stageLimits = Map.copyOf(stageLimits);
    materials = List.copyOf(materials);
  }

  public Optional<Material> material(String materialCode) {
    return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
  }

  public int stageLimit(Stage stage) {
    Integer limit = stageLimits.get(stage);
    if (limit == null) {
      throw new IllegalStateException("事项 " + code + " 未设环节时限: " + stage.key());
    }
    return limit;
  }
}
