package cn.gov.oneseal.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;

/** 收件登记 form submissions of a valid applicant, as the start forms send them. */
public final class Applications {

  private Applications() {}

  /** An organisation's application with the given material codes, without a business scope. */
  public static Map<String, Object> of(String... materials) {
    Map<String, Object> form = new HashMap<>();
    form.put("applicantName", "好味餐饮有限公司");
    form.put("applicantIdType", "USCC");
    form.put("applicantId", "91350100M000100Y43");
    form.put("contactName", "林晓");
    form.put("contactPhone", "0512-66881234");
    form.put("premisesAddress", "姑苏区人民路100号");
    form.put("materials", Spin.JSON(Spin.JSON(List.of(materials)).toString()));
    return form;
  }

  /** A complete food business licence application (餐饮服务). */
  public static Map<String, Object> food() {
    Map<String, Object> form = of("M01", "M02", "M03", "M04");
    form.put("businessScope", "CATERING");
    return form;
  }
}
