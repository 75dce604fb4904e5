/**
 * 模型变更: an analyst's deploy from Camunda Modeler held as a proposed change, checked, reviewed by the bureau head
 * (among others with {@link cn.gov.oneseal.modelchange.ModelDiff}, what the change does element by element) and,
 * once approved, deployed.
 */
package cn.gov.oneseal.modelchange;
